// Who may see and change API keys: developers of the units they cover; nobody else, never
// without the anti-forgery token or a live session; and secrets never leave the one page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { FJELLBAKERIET, grantPortalAccess, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const FJELL_KEYS = `/portal/merchants/${FJELLBAKERIET}/keys`;
const HAVBLIKK_KEYS = `/portal/merchants/${HAVBLIKK}/keys`;

describe('API keys in the portal: who may', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Anders reads at Havblikk; Hanne develops only unit 212345 of Fjellbakeriet.
    await grantPortalAccess(t, { orgno: HAVBLIKK, nin: PEOPLE.anders, permissions: ['READ'], units: 'all' });
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.hanne, permissions: ['DEVELOPER'], units: ['212345'] });
  });
  afterAll(() => t.close());

  const audits = async () => (await t.rt.store.db.selectFrom('key_audit').selectAll().execute()).length;
  const generation = async () => (await t.rt.store.db.selectFrom('key_sets').select('generation').where('msn', '=', '312345').executeTakeFirstOrThrow()).generation;

  it('a Read user sees the units but cannot show, regenerate or create keys', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    expect((await anders.get(HAVBLIKK_KEYS)).statusCode).toBe(200);
    const show = await anders.post(`${HAVBLIKK_KEYS}/312345/reveal`, { _csrf: anders.csrf });
    expect(show.statusCode).toBe(403);
    expect(textOf(show.body)).toContain('API keys are for users with Developer permission');
    expect(show.body).not.toContain(DEMO.merchantKeys.clientSecret);
    expect((await anders.get(`${HAVBLIKK_KEYS}/312345/regenerate`)).statusCode).toBe(403);
    expect((await anders.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: anders.csrf, confirm: 'yes' })).statusCode).toBe(403);
    expect((await anders.post(`${HAVBLIKK_KEYS}/312345/create`, { _csrf: anders.csrf })).statusCode).toBe(403);
    expect(await audits()).toBe(0);
    expect(await generation()).toBe(1);
  });

  it('a developer reaches only the units covered; other units read as none', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(`${FJELL_KEYS}/212346/create`, { _csrf: kari.csrf })).statusCode).toBe(200);
    const hanne = await portalAs(t, PEOPLE.hanne);
    const page = textOf((await hanne.get(FJELL_KEYS)).body);
    expect(page).toContain('212345');
    expect(page).not.toContain('212346');
    const show = await hanne.post(`${FJELL_KEYS}/212346/reveal`, { _csrf: hanne.csrf });
    expect(show.statusCode).toBe(404);
    expect(textOf(show.body)).toContain('Sales unit 212346 is not among the sales units of Fjellbakeriet AS that you have access to.');
    expect((await hanne.get(`${FJELL_KEYS}/212346/regenerate`)).statusCode).toBe(404);
    expect((await hanne.post(`${FJELL_KEYS}/212346/regenerate`, { _csrf: hanne.csrf, confirm: 'yes' })).statusCode).toBe(404);
    // Kari's creation is the only entry; Hanne's tries left none.
    expect(await audits()).toBe(1);
  });

  it("another company's admin cannot reach the keys, by its own company's path either", async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const direct = await ingrid.post(`${FJELL_KEYS}/212345/create`, { _csrf: ingrid.csrf });
    expect(direct.statusCode).toBe(403);
    expect((await ingrid.get(FJELL_KEYS)).statusCode).toBe(403);
    const sideways = await ingrid.post(`${HAVBLIKK_KEYS}/212346/reveal`, { _csrf: ingrid.csrf });
    expect(sideways.statusCode).toBe(404);
    expect(await audits()).toBe(1);
  });

  it('a post without the anti-forgery token shows nothing and changes nothing', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const show = await ingrid.post(`${HAVBLIKK_KEYS}/312345/reveal`, {});
    expect(show.statusCode).toBe(403);
    expect(show.body).not.toContain(DEMO.merchantKeys.clientSecret);
    expect((await ingrid.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: 'forged', confirm: 'yes' })).statusCode).toBe(403);
    expect(await audits()).toBe(1);
    expect(await generation()).toBe(1);
  });

  it('an expired session shows nothing and changes nothing', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const show = await ingrid.post(`${HAVBLIKK_KEYS}/312345/reveal`, { _csrf: ingrid.csrf });
    expect(show.statusCode).toBe(303);
    expect(show.headers.location).toMatch(/^\/portal\/login\?next=/);
    expect((await ingrid.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: ingrid.csrf, confirm: 'yes' })).statusCode).toBe(303);
    expect(await audits()).toBe(1);
    expect(await generation()).toBe(1);
  });

  it('revealed and regenerated secrets appear in no log line, URL or redirect', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const shown = await ingrid.post(`${HAVBLIKK_KEYS}/312345/reveal`, { _csrf: ingrid.csrf });
    expect(shown.body).toContain(DEMO.merchantKeys.clientSecret);
    const fresh = await ingrid.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: ingrid.csrf, confirm: 'yes' });
    const newSecret = /<code class="secret">[^<]+<\/code>[\s\S]*?<code class="secret">([^<]+)<\/code>/.exec(fresh.body)![1]!;
    expect(newSecret).not.toBe(DEMO.merchantKeys.clientSecret);
    const logs = t.logs.join('\n');
    for (const secret of [DEMO.merchantKeys.clientSecret, DEMO.merchantKeys.subscriptionKey, newSecret]) {
      expect(logs).not.toContain(secret);
      expect(JSON.stringify(shown.headers) + JSON.stringify(fresh.headers)).not.toContain(secret);
    }
    // At rest the audit holds who and when, the key set only sealed values.
    const row = await t.rt.store.db.selectFrom('key_sets').selectAll().where('msn', '=', '312345').executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(newSecret);
  });
});
