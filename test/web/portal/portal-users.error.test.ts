// Adding and changing portal users: every refusal says what to fix and stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { ANDERS_PHONE, FJELLBAKERIET, fields, grantPortalAccess, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const USERS = `/portal/merchants/${FJELLBAKERIET}/users`;

describe('portal users: refusals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.rt.store.db.selectFrom('portal_users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('a phone number of nobody in the registry: access is for people, never companies', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.post(`${USERS}/new`, { _csrf: kari.csrf, phone: '+47 999 99 999' });
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('No person has the phone number 4799999999. Access is given to people, never to a company');
    expect(res.body).toContain('value="+47 999 99 999"');
    // The same refusal when the second step is posted directly.
    const direct = await kari.post(USERS, { _csrf: kari.csrf, phone: '4799999999', permissions: 'READ', scope: 'all' });
    expect(direct.statusCode).toBe(400);
    expect(await count()).toBe(0);
  });

  it('a malformed phone number says what is wrong with it', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.post(`${USERS}/new`, { _csrf: kari.csrf, phone: '12 34' });
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain('The phone number must be an MSISDN');
  });

  it('the CEO or chair need no access: the registry already gives them all', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.post(`${USERS}/new`, { _csrf: kari.csrf, phone: '4792345678' });
    expect(res.statusCode).toBe(409);
    expect(textOf(res.body)).toContain('Ola Nordmann is Chair of the board (styreleder) in the business registry and already has every permission');
  });

  it('no permission, no unit, or a unit of another merchant: the form comes back with every problem', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.post(USERS, fields({ _csrf: kari.csrf, phone: ANDERS_PHONE, scope: 'some', msns: ['312345'] }));
    expect(res.statusCode).toBe(400);
    const text = textOf(res.body);
    expect(text).toContain('Add Anders Vik');
    expect(text).toContain('Choose at least one permission.');
    expect(text).toContain('312345 is not a sales unit of this merchant');
    const none = await kari.post(USERS, { _csrf: kari.csrf, phone: ANDERS_PHONE, permissions: 'READ', scope: 'some' });
    expect(textOf(none.body)).toContain('Choose at least one sales unit, or all sales units.');
    expect(await count()).toBe(0);
  });

  it('a person who already has access is not added twice', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(USERS, { _csrf: kari.csrf, phone: ANDERS_PHONE, permissions: 'READ', scope: 'all' })).statusCode).toBe(303);
    const again = await kari.post(`${USERS}/new`, { _csrf: kari.csrf, phone: ANDERS_PHONE });
    expect(again.statusCode).toBe(409);
    expect(textOf(again.body)).toContain('Anders Vik already has access. Change it in the list of users instead.');
    const direct = await kari.post(USERS, { _csrf: kari.csrf, phone: ANDERS_PHONE, permissions: 'ADMIN', scope: 'all' });
    expect(direct.statusCode).toBe(409);
    expect(await count()).toBe(1);
  });

  it('an admin limited to one unit cannot give more than that unit', async () => {
    await grantPortalAccess(t, { orgno: FJELLBAKERIET, nin: PEOPLE.hanne, permissions: ['ADMIN'], units: ['212345'] });
    const hanne = await portalAs(t, PEOPLE.hanne);
    const edit = /href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/.exec((await hanne.get(USERS)).body)![1]!; // Anders, the only other user
    const all = await hanne.post(edit, { _csrf: hanne.csrf, permissions: 'READ', scope: 'all' });
    expect(all.statusCode).toBe(400);
    expect(textOf(all.body)).toContain('You may only give access to the sales units you cover yourself');
    const other = await hanne.post(edit, { _csrf: hanne.csrf, permissions: 'READ', scope: 'some', msns: '212346' });
    expect(textOf(other.body)).toContain('You do not cover 212346 yourself');
  });

  it('an admin cannot take away their own Admin permission or remove themselves', async () => {
    const hanne = await portalAs(t, PEOPLE.hanne);
    const list = await hanne.get(USERS);
    const refs = [...list.body.matchAll(/href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/g)].map((m) => m[1]!);
    let own = '';
    for (const r of refs) if (textOf((await hanne.get(r)).body).includes('Access for Hanne Strand')) own = r;
    const demote = await hanne.post(own, { _csrf: hanne.csrf, permissions: 'READ', scope: 'some', msns: '212345' });
    expect(demote.statusCode).toBe(400);
    expect(textOf(demote.body)).toContain('cannot take away your own Admin permission');
    expect(textOf((await hanne.get(own)).body)).not.toContain('Remove Hanne Strand');
    const remove = await hanne.post(`${own}/remove`, { _csrf: hanne.csrf });
    expect(remove.statusCode).toBe(409);
    expect(textOf(remove.body)).toContain('You cannot remove your own access');
    const grant = await t.rt.store.db.selectFrom('portal_users').selectAll().where('nin', '=', PEOPLE.hanne).executeTakeFirstOrThrow();
    expect(grant.permissions).toBe('["ADMIN"]');
  });

  it('a user who is not (or no longer) there is not found', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await kari.get(`${USERS}/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(res.statusCode).toBe(404);
    expect(textOf(res.body)).toContain('This person has no access to Fjellbakeriet AS');
    expect((await kari.post(`${USERS}/AAAAAAAAAAAAAAAAAAAAAA/remove`, { _csrf: kari.csrf })).statusCode).toBe(404);
  });
});
