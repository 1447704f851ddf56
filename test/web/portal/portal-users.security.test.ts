// Only the company's admins manage its users; every form needs the session's anti-forgery
// token; an expired session changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { Browser } from '../../support/forms.js';
import { FJELLBAKERIET, grantPortalAccess, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const USERS = `/portal/merchants/${FJELLBAKERIET}/users`;

describe('portal users: who may', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.anders, permissions: ['READ', 'DEVELOPER'], units: 'all' });
  });
  afterAll(() => t.close());

  const andersGrant = () => t.rt.store.db.selectFrom('portal_users').selectAll().where('nin', '=', PEOPLE.anders).executeTakeFirstOrThrow();
  const count = async () => Number((await t.rt.store.db.selectFrom('portal_users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it("another company's admin sees and changes nothing", async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const page = await ingrid.get(USERS);
    expect(page.statusCode).toBe(403);
    expect(textOf(page.body)).toContain('You have no access to the company with organisation number 923456783');
    expect(page.body).not.toContain('Anders');
    expect((await ingrid.post(`${USERS}/new`, { _csrf: ingrid.csrf, phone: '4741234567' })).statusCode).toBe(403);
    expect((await ingrid.post(USERS, { _csrf: ingrid.csrf, phone: '4741234567', permissions: 'ADMIN', scope: 'all' })).statusCode).toBe(403);
    expect(await count()).toBe(1);
  });

  it('a board member without a grant, and a developer without Admin, may not manage users', async () => {
    const hanne = await portalAs(t, PEOPLE.hanne);
    expect((await hanne.get(USERS)).statusCode).toBe(403);
    const anders = await portalAs(t, PEOPLE.anders);
    const res = await anders.get(USERS);
    expect(res.statusCode).toBe(403);
    expect(textOf(res.body)).toContain('Only an admin of the company may do this');
    expect((await anders.post(USERS, { _csrf: anders.csrf, phone: '4741234567', permissions: 'ADMIN', scope: 'all' })).statusCode).toBe(403);
    expect(await count()).toBe(1);
  });

  it('a form without the anti-forgery token is refused and changes nothing', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const list = await kari.get(USERS);
    const edit = /href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/.exec(list.body)![1]!;
    const add = await kari.post(USERS, { phone: '4741234567', permissions: 'ADMIN', scope: 'all' });
    expect(add.statusCode).toBe(403);
    expect(textOf(add.body)).toContain('anti-forgery token');
    expect((await kari.post(`${USERS}/new`, { _csrf: 'forged', phone: '4741234567' })).statusCode).toBe(403);
    expect((await kari.post(edit, { _csrf: 'forged', permissions: 'ADMIN', scope: 'all' })).statusCode).toBe(403);
    expect((await kari.post(`${edit}/remove`, {})).statusCode).toBe(403);
    expect(await count()).toBe(1);
    expect((await andersGrant()).permissions).toBe('["READ","DEVELOPER"]');
  });

  it('without a session, or after it expired, the browser goes to log in and nothing changes', async () => {
    const nobody = new Browser(t);
    const res = await nobody.get(USERS);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/portal/login?next=${encodeURIComponent(USERS)}`);

    const kari = await portalAs(t, PEOPLE.kari);
    const edit = /href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/.exec((await kari.get(USERS)).body)![1]!;
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const late = await kari.post(USERS, { _csrf: kari.csrf, phone: '4741234567', permissions: 'ADMIN', scope: 'all' });
    expect(late.statusCode).toBe(303);
    expect(late.headers.location).toMatch(/^\/portal\/login\?next=/);
    expect((await kari.post(`${edit}/remove`, { _csrf: kari.csrf })).statusCode).toBe(303);
    expect(await count()).toBe(1);
  });

  it('national identity numbers stay out of URLs: users are named by an opaque reference', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const list = await kari.get(USERS);
    const hrefs = [...list.body.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]!);
    expect(hrefs.some((h) => h.includes('/users/'))).toBe(true);
    for (const h of hrefs) expect(h).not.toMatch(/\d{11}/);
    expect(textOf(list.body)).toContain('+47 423 45 678'); // the phone shows as text, for the admin
  });
});
