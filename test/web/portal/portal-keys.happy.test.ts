// API keys in the portal: a developer shows a unit's keys (recorded with who and when),
// regenerates them (the old ones stop working on the next request) and creates them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { FJELLBAKERIET, grantPortalAccess, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const HAVBLIKK_KEYS = `/portal/merchants/${HAVBLIKK}/keys`;
const FJELL_KEYS = `/portal/merchants/${FJELLBAKERIET}/keys`;

/** Reads the four values of a page that shows keys. */
function shownKeys(html: string) {
  const values = [...html.matchAll(/<code class="secret">([^<]+)<\/code>/g)].map((m) => m[1]!);
  const [clientId, clientSecret, subscriptionKey, secondarySubscriptionKey] = values;
  return { clientId: clientId!, clientSecret: clientSecret!, subscriptionKey: subscriptionKey!, secondarySubscriptionKey: secondarySubscriptionKey! };
}

describe('API keys in the portal', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await grantPortalAccess(t, { orgno: HAVBLIKK, nin: PEOPLE.anders, permissions: ['READ', 'DEVELOPER'], units: ['312345'] });
  });
  afterAll(() => t.close());

  const tokenStatus = async (k: { clientId: string; clientSecret: string; subscriptionKey: string }) =>
    (await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } })).statusCode;

  it('the list shows units and actions but never a secret', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const page = await anders.get(HAVBLIKK_KEYS);
    expect(page.statusCode).toBe(200);
    const text = textOf(page.body);
    expect(text).toContain('Havblikk Sjømat 312345');
    expect(text).toContain('Show keys');
    expect(text).toContain('Regenerate');
    expect(page.body).not.toContain(DEMO.merchantKeys.clientSecret);
    expect(page.body).not.toContain(DEMO.merchantKeys.subscriptionKey);
    expect(text).toContain('Nobody has shown, regenerated or created keys yet.');
  });

  it('"Show keys" reveals all four values on a page no one keeps, and records who and when', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const from = t.rt.clock.now();
    const res = await anders.post(`${HAVBLIKK_KEYS}/312345/reveal`, { _csrf: anders.csrf });
    const to = t.rt.clock.now();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(shownKeys(res.body)).toEqual(DEMO.merchantKeys);
    const audit = await t.rt.store.db.selectFrom('key_audit').selectAll().execute();
    expect(audit).toEqual([expect.objectContaining({ msn: '312345', orgno: HAVBLIKK, action: 'reveal', nin: PEOPLE.anders })]);
    expect(audit[0]!.at).toBeGreaterThanOrEqual(from);
    expect(audit[0]!.at).toBeLessThanOrEqual(to);
    const log = textOf((await anders.get(HAVBLIKK_KEYS)).body);
    expect(log).toMatch(/Key log When Who MSN What \d{4}-\d\d-\d\d \d\d:\d\d UTC Anders Vik 312345 Showed the keys/);
  });

  it('"Regenerate" replaces the keys: the old credentials and tokens fail on the next request, the new ones work', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const oldToken = await t.token(DEMO.merchantKeys);
    const before = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: { authorization: `Bearer ${oldToken}`, 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey } });
    expect(before.statusCode).toBe(403); // authenticated; merchant keys just are not a partner

    const confirm = await anders.get(`${HAVBLIKK_KEYS}/312345/regenerate`);
    expect(textOf(confirm.body)).toContain('stop working at once');
    const res = await anders.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: anders.csrf, confirm: 'yes' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const fresh = shownKeys(res.body);
    expect(fresh.clientId).toBe(DEMO.merchantKeys.clientId);
    expect(fresh.clientSecret).not.toBe(DEMO.merchantKeys.clientSecret);
    expect(fresh.subscriptionKey).not.toBe(DEMO.merchantKeys.subscriptionKey);

    expect(await tokenStatus(DEMO.merchantKeys)).toBe(401);
    const after = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: { authorization: `Bearer ${oldToken}`, 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey } });
    expect(after.statusCode).toBe(401);
    expect(await tokenStatus(fresh)).toBe(200);
    expect(await tokenStatus({ ...fresh, subscriptionKey: fresh.secondarySubscriptionKey })).toBe(200);

    // Showing them again gives the new ones.
    const again = await anders.post(`${HAVBLIKK_KEYS}/312345/reveal`, { _csrf: anders.csrf });
    expect(shownKeys(again.body)).toEqual(fresh);
  });

  it('"Create keys" gives a unit without keys of its own a merchant key set that works at once', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const before = textOf((await kari.get(FJELL_KEYS)).body);
    expect(before).toContain('Fjellbakeriet Nett 212345 Fjordkassa Platform Create keys no keys of its own');
    const res = await kari.post(`${FJELL_KEYS}/212345/create`, { _csrf: kari.csrf });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const keys = shownKeys(res.body);
    expect(await tokenStatus(keys)).toBe(200);
    const row = await t.rt.store.db.selectFrom('key_sets').selectAll().where('client_id', '=', keys.clientId).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ kind: 'merchant', msn: '212345', partner_id: null, generation: 1 });
    const after = textOf((await kari.get(FJELL_KEYS)).body);
    expect(after).toMatch(/Fjellbakeriet Nett 212345 Fjordkassa Platform Show keys Regenerate changed/);
    expect(after).toContain('Kari Nordmann 212345 Created the keys');
  });

  it("the key log shows each company's own entries, newest first", async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const text = textOf((await ingrid.get(HAVBLIKK_KEYS)).body);
    const log = text.slice(text.indexOf('Key log'));
    expect(log.indexOf('Showed the keys')).toBeLessThan(log.indexOf('Regenerated the keys'));
    expect(log).not.toContain('Created the keys');
  });
});
