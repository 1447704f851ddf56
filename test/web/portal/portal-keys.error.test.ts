// API keys in the portal: what cannot be done, and says why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { FJELLBAKERIET, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const FJELL_KEYS = `/portal/merchants/${FJELLBAKERIET}/keys`;
const HAVBLIKK_KEYS = `/portal/merchants/${HAVBLIKK}/keys`;

describe('API keys in the portal: refusals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const audits = async () => (await t.rt.store.db.selectFrom('key_audit').selectAll().execute()).length;

  it('a unit without keys of its own has none to show or regenerate', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const show = await kari.post(`${FJELL_KEYS}/212346/reveal`, { _csrf: kari.csrf });
    expect(show.statusCode).toBe(404);
    expect(textOf(show.body)).toContain('Sales unit 212346 has no API keys of its own yet. Create them on the API keys page.');
    const regen = await kari.post(`${FJELL_KEYS}/212346/regenerate`, { _csrf: kari.csrf, confirm: 'yes' });
    expect(regen.statusCode).toBe(404);
    expect(textOf(regen.body)).toContain('has no API keys of its own to regenerate');
    expect(await audits()).toBe(0);
  });

  it('a unit with keys gets no second set', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const res = await ingrid.post(`${HAVBLIKK_KEYS}/312345/create`, { _csrf: ingrid.csrf });
    expect(res.statusCode).toBe(409);
    expect(textOf(res.body)).toContain('Sales unit 312345 already has API keys. Show or regenerate them instead.');
    expect(await t.rt.store.db.selectFrom('key_sets').select('id').where('msn', '=', '312345').execute()).toHaveLength(1);
  });

  it('regenerating needs the box ticked; without it nothing changes', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    const res = await ingrid.post(`${HAVBLIKK_KEYS}/312345/regenerate`, { _csrf: ingrid.csrf });
    expect(res.statusCode).toBe(400);
    expect(textOf(res.body)).toContain('Tick the box to confirm that the current keys may stop working. Nothing was changed.');
    expect((await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { client_id: DEMO.merchantKeys.clientId, client_secret: DEMO.merchantKeys.clientSecret, 'ocp-apim-subscription-key': DEMO.merchantKeys.subscriptionKey } })).statusCode).toBe(200);
    expect(await audits()).toBe(0);
  });

  it('an MSN that is no unit, or not a valid MSN, is refused', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const none = await kari.post(`${FJELL_KEYS}/999999/reveal`, { _csrf: kari.csrf });
    expect(none.statusCode).toBe(404);
    expect(textOf(none.body)).toContain('Sales unit 999999 is not among the sales units of Fjellbakeriet AS that you have access to.');
    const bad = await kari.post(`${FJELL_KEYS}/12ab/reveal`, { _csrf: kari.csrf });
    expect(bad.statusCode).toBe(400);
    expect(textOf(bad.body)).toContain('msn must match the pattern');
  });

  it('a company that is not a merchant yet has no units', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const page = await marit.get('/portal/merchants/913579240/keys');
    expect(page.statusCode).toBe(200);
    expect(textOf(page.body)).toContain('Tindesport AS has no sales units yet.');
    expect((await marit.post('/portal/merchants/913579240/keys/212345/reveal', { _csrf: marit.csrf })).statusCode).toBe(404);
  });
});
