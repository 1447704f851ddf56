// Logged-in form sessions for portal and back-office tests, and the demo people they use.
import type { TestApp } from './app.js';
import { Browser, csrfOf } from './forms.js';

export const PEOPLE = {
  /** CEO of Fjellbakeriet AS (units 212345, 212346 on Fjordkassa Platform). */
  kari: '15857710069',
  /** Chair of Fjellbakeriet AS. */
  ola: '02829010030',
  /** Only a board member of Fjellbakeriet AS. */
  hanne: '07888010038',
  /** CEO of Havblikk Sjømat AS (unit 312345, no partner, with merchant keys). */
  ingrid: '31928210076',
  /** No role anywhere; phone 4742345678. */
  anders: '21869110024',
  /** CEO of Tindesport AS (not a merchant). */
  marit: '17916010060',
};
export const ANDERS_PHONE = '4742345678';
export const FJELLBAKERIET = '923456783';
export const HAVBLIKK = '934567897';

/** A browser logged in to the portal as this person, with the CSRF token of the session. */
export async function portalAs(t: TestApp, nin: string): Promise<Browser & { csrf: string }> {
  const b = new Browser(t);
  const login = await b.post('/portal/login', { _csrf: csrfOf((await b.get('/portal/login')).body), nin });
  if (login.statusCode !== 303) throw new Error(`portal log-in as ${nin} failed: ${login.statusCode}`);
  const home = await b.get('/portal');
  return Object.assign(b, { csrf: csrfOf(home.body) });
}

/** A browser logged in to the back office as the demo operator. */
export async function backofficeAs(t: TestApp): Promise<Browser & { csrf: string }> {
  const b = new Browser(t);
  const login = await b.post('/backoffice/login', { _csrf: csrfOf((await b.get('/backoffice/login')).body), username: 'saksbehandler', password: 'backoffice-demo' });
  if (login.statusCode !== 303) throw new Error(`back-office log-in failed: ${login.statusCode}`);
  return Object.assign(b, { csrf: csrfOf((await b.get('/backoffice')).body) });
}

/** Gives a person portal access directly in the store (for tests of what the access allows). */
export async function grantPortalAccess(t: TestApp, o: { orgno: string; nin: string; permissions: string[]; units: 'all' | string[] }): Promise<void> {
  const now = t.rt.clock.now();
  await t.rt.store.db
    .insertInto('portal_users')
    .values({ orgno: o.orgno, nin: o.nin, permissions: JSON.stringify(o.permissions), units: JSON.stringify(o.units), added_by: PEOPLE.kari, created_at: now, updated_at: now })
    .execute();
}

/** The text of a page without tags, whitespace collapsed, for asserting what a person reads. */
export function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Form fields where a list posts as repeated fields, as a browser posts checkboxes. */
export function fields(form: Record<string, string | string[]>): Record<string, string> {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
  // Browser.post copies what it is given into URLSearchParams, which keeps repeated fields.
  return p as unknown as Record<string, string>;
}
