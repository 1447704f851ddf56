// User access in the portal (add-portal-user.md): an admin adds a person by phone number,
// sees the name before confirming, chooses permissions and units; the person then sees
// exactly that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { ANDERS_PHONE, FJELLBAKERIET, fields, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const USERS = `/portal/merchants/${FJELLBAKERIET}/users`;
const KEYS = `/portal/merchants/${FJELLBAKERIET}/keys`;

describe('portal users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const grantOf = async (nin: string) => t.rt.store.db.selectFrom('portal_users').selectAll().where('orgno', '=', FJELLBAKERIET).where('nin', '=', nin).executeTakeFirst();

  it('the CEO adds a developer by phone: the name shows first, nothing is stored until confirmed', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const list = await kari.get(USERS);
    expect(list.statusCode).toBe(200);
    expect(textOf(list.body)).toContain('Kari Nordmann CEO (daglig leder) Every permission, all sales units');
    expect(textOf(list.body)).toContain('Ola Nordmann Chair of the board (styreleder)');

    const step1 = await kari.post(`${USERS}/new`, { _csrf: kari.csrf, phone: '+47 423 45 678' });
    expect(step1.statusCode).toBe(200);
    const page = textOf(step1.body);
    expect(page).toContain('Add Anders Vik');
    expect(page).toContain('Fjellbakeriet Nett 212345');
    expect(page).toContain('Fjellbakeriet Kafe 212346');
    expect(await grantOf(PEOPLE.anders)).toBeUndefined();

    const step2 = await kari.post(USERS, fields({ _csrf: kari.csrf, phone: ANDERS_PHONE, permissions: ['READ', 'DEVELOPER'], scope: 'some', msns: '212345' }));
    expect(step2.statusCode).toBe(303);
    const after = await kari.get(step2.headers.location as string);
    expect(textOf(after.body)).toContain('Anders Vik was given access.');
    expect(textOf(after.body)).toContain('Anders Vik +47 423 45 678 Read Developer 212345 Kari Nordmann');
    expect(await grantOf(PEOPLE.anders)).toMatchObject({ permissions: '["READ","DEVELOPER"]', units: '["212345"]', added_by: PEOPLE.kari });
  });

  it('the developer then sees only the unit covered, with its keys, and no user access', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const home = textOf((await anders.get('/portal')).body);
    expect(home).toContain('Fjellbakeriet AS');
    expect(home).toContain('Your access: portal user (read, developer)');
    // The home links only to what the permissions allow.
    expect(home).toMatch(/Manage Fjellbakeriet AS ?: API keys/);
    expect(home).not.toContain('User access');
    expect(home).not.toContain('Change partner');
    const keys = await anders.get(KEYS);
    expect(keys.statusCode).toBe(200);
    const text = textOf(keys.body);
    expect(text).toContain('Fjellbakeriet Nett 212345');
    expect(text).not.toContain('212346');
    expect(text).toContain('Create keys');
    expect(text).not.toContain('User access');
    expect((await anders.get(USERS)).statusCode).toBe(403);
  });

  it('the admin changes the access: Read on every unit shows both units and no keys', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const list = await kari.get(USERS);
    const edit = /href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/.exec(list.body)![1]!;
    const form = await kari.get(edit);
    expect(textOf(form.body)).toContain('Access for Anders Vik');
    expect(form.body).toMatch(/value="DEVELOPER" checked/);
    const saved = await kari.post(edit, { _csrf: kari.csrf, permissions: 'READ', scope: 'all' });
    expect(saved.statusCode).toBe(303);
    expect(textOf((await kari.get(saved.headers.location as string)).body)).toContain('The access of Anders Vik was changed.');

    const anders = await portalAs(t, PEOPLE.anders);
    const text = textOf((await anders.get(KEYS)).body);
    expect(text).toContain('212345');
    expect(text).toContain('212346');
    expect(text).toContain('You have Read access: you see the sales units, not their API keys.');
    expect(text).not.toContain('Show keys');
    expect(text).not.toContain('Create keys');
  });

  it('a portal user made admin manages users too, within the units they cover', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const edit = /href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/.exec((await kari.get(USERS)).body)![1]!;
    await kari.post(edit, { _csrf: kari.csrf, permissions: 'ADMIN', scope: 'some', msns: '212346' });

    const anders = await portalAs(t, PEOPLE.anders);
    const list = await anders.get(USERS);
    expect(list.statusCode).toBe(200);
    const step1 = await anders.post(`${USERS}/new`, { _csrf: anders.csrf, phone: '41234567' });
    expect(textOf(step1.body)).toContain('Add Hanne Strand');
    expect(textOf(step1.body)).not.toContain('212345');
    const added = await anders.post(USERS, { _csrf: anders.csrf, phone: '4741234567', permissions: 'READ', scope: 'some', msns: '212346' });
    expect(added.statusCode).toBe(303);
    expect(await grantOf(PEOPLE.hanne)).toMatchObject({ units: '["212346"]', added_by: PEOPLE.anders });
  });

  it('the admin removes a user, who then sees nothing of the company', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const list = await kari.get(USERS);
    const refs = [...list.body.matchAll(/href="(\/portal\/merchants\/923456783\/users\/[\w-]{22})"/g)].map((m) => m[1]!);
    for (const ref of refs) {
      const page = await kari.get(ref);
      if (!textOf(page.body).includes('Access for Hanne Strand')) continue;
      const removed = await kari.post(`${ref}/remove`, { _csrf: kari.csrf });
      expect(removed.statusCode).toBe(303);
      expect(textOf((await kari.get(removed.headers.location as string)).body)).toContain('The user no longer has access.');
    }
    expect(await grantOf(PEOPLE.hanne)).toBeUndefined();
    const hanne = await portalAs(t, PEOPLE.hanne);
    expect(textOf((await hanne.get('/portal')).body)).not.toContain('Fjellbakeriet AS');
    expect((await hanne.get(KEYS)).statusCode).toBe(403);
  });
});
