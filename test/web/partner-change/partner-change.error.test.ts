// Partner changes: refusals that say what to fix and change nothing, steps out of order,
// and two people acting at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { backofficeAs, FJELLBAKERIET, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';

const PORTAL = `/portal/merchants/${FJELLBAKERIET}/partner-change`;
const BOLGE = '100002';
const FJORDKASSA = '100001';

describe('partner changes: refusals', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const changes = () => t.rt.store.db.selectFrom('partner_changes').selectAll().orderBy('requested_at').execute();
  const partnerOf = async (msn: string) => (await t.rt.store.db.selectFrom('sales_units').select('partner_id').where('msn', '=', msn).executeTakeFirstOrThrow()).partner_id;
  const openCase = async (msn: string) => `/backoffice/partner-changes/${(await changes()).find((c) => c.msn === msn && c.open_msn)!.id}`;

  it('the partner it already has, no partner, an unknown partner, or no confirmation: the form says so', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const same = await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: FJORDKASSA, understood: 'yes' });
    expect(same.statusCode).toBe(400);
    expect(textOf(same.body)).toContain('Fjordkassa Platform is already the partner of this sales unit; choose another');
    const none = await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: '' });
    expect(none.statusCode).toBe(400);
    const text = textOf(none.body);
    expect(text).toContain('Choose the new partner.');
    expect(text).toContain('Confirm that the new partner will see every payment of the unit, also those made before the change');
    const unknown = await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: '999999', understood: 'yes' });
    expect(textOf(unknown.body)).toContain('The partner chosen is not a partner of Vipps MobilePay; choose one from the list.');
    expect(await changes()).toEqual([]);
  });

  it('one open request per unit', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: BOLGE, understood: 'yes' })).statusCode).toBe(303);
    const again = await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: '100003', understood: 'yes' });
    expect(again.statusCode).toBe(409);
    expect(textOf(again.body)).toContain('Sales unit 212345 already has an open partner change. Withdraw it first');
    expect(await changes()).toHaveLength(1);
  });

  it('two admins asking at the same moment: one request, one clear refusal', async () => {
    const [kari, ola] = [await portalAs(t, PEOPLE.kari), await portalAs(t, PEOPLE.ola)];
    const results = await Promise.all([
      kari.post(PORTAL, { _csrf: kari.csrf, msn: '212346', partner: BOLGE, understood: 'yes' }),
      ola.post(PORTAL, { _csrf: ola.csrf, msn: '212346', partner: '100003', understood: 'yes' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    expect((await changes()).filter((c) => c.msn === '212346')).toHaveLength(1);
    // Withdrawn again, so the tests below start from one open request.
    const open = (await changes()).find((c) => c.msn === '212346')!;
    expect((await kari.post(`${PORTAL}/${open.id}/withdraw`, { _csrf: kari.csrf })).statusCode).toBe(303);
  });

  it('the MSN cannot be reconfigured before the new partner ordered it', async () => {
    const op = await backofficeAs(t);
    const url = await openCase('212345');
    const res = await op.post(`${url}/complete`, { _csrf: op.csrf });
    expect(res.statusCode).toBe(409);
    expect(textOf(res.body)).toContain("The MSN can only be reconfigured once the new partner's order for it has been received. Record the order first.");
    expect(await partnerOf('212345')).toBe(FJORDKASSA);
  });

  it('recording the order needs a note of how it came; declining needs a reason', async () => {
    const op = await backofficeAs(t);
    const url = await openCase('212345');
    const order = await op.post(`${url}/order`, { _csrf: op.csrf, reference: '   ' });
    expect(order.statusCode).toBe(400);
    expect(textOf(order.body)).toContain("The order reference say how the new partner's order came");
    const decline = await op.post(`${url}/decline`, { _csrf: op.csrf, reason: '' });
    expect(decline.statusCode).toBe(400);
    expect(textOf(decline.body)).toContain('The reason say why, in words the merchant will read.');
    expect((await changes()).find((c) => c.msn === '212345')!.status).toBe('REQUESTED');
  });

  it('a unit whose partner changed meanwhile is not reconfigured; nothing is half done', async () => {
    const op = await backofficeAs(t);
    const url = await openCase('212345');
    expect((await op.post(`${url}/order`, { _csrf: op.csrf, reference: 'Email' })).statusCode).toBe(303);
    await t.rt.store.db.updateTable('sales_units').set({ partner_id: '100003' }).where('msn', '=', '212345').execute();
    const res = await op.post(`${url}/complete`, { _csrf: op.csrf });
    expect(res.statusCode).toBe(409);
    expect(textOf(res.body)).toContain('Sales unit 212345 no longer has the partner it had when the merchant asked (Fjordkassa Platform)');
    expect(await partnerOf('212345')).toBe('100003');
    expect((await changes()).find((c) => c.msn === '212345')!.status).toBe('ORDER_RECEIVED');
    expect((await t.inject({ method: 'GET', url: '/_sim/emails?to=partner@bolge.example' })).json().emails).toEqual([]);
    await t.rt.store.db.updateTable('sales_units').set({ partner_id: FJORDKASSA }).where('msn', '=', '212345').execute();
  });

  it('two operators reconfiguring at once: the unit moves once, the emails go once', async () => {
    const [a, b] = [await backofficeAs(t), await backofficeAs(t)];
    const url = await openCase('212345');
    const results = await Promise.all([a.post(`${url}/complete`, { _csrf: a.csrf }), b.post(`${url}/complete`, { _csrf: b.csrf })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([303, 409]);
    expect(await partnerOf('212345')).toBe(BOLGE);
    expect((await t.inject({ method: 'GET', url: '/_sim/emails?to=partner@bolge.example' })).json().emails).toHaveLength(1);
    const history = await t.rt.store.db.selectFrom('sales_unit_history').select('event').where('msn', '=', '212345').where('event', '=', 'partner-changed').execute();
    expect(history).toHaveLength(1);
  });

  it('a closed request takes no more steps', async () => {
    const op = await backofficeAs(t);
    const done = (await changes()).find((c) => c.status === 'COMPLETED')!;
    const url = `/backoffice/partner-changes/${done.id}`;
    const page = textOf((await op.get(url)).body);
    expect(page).not.toContain('Decline');
    const decline = await op.post(`${url}/decline`, { _csrf: op.csrf, reason: 'Too late' });
    expect(decline.statusCode).toBe(409);
    expect(textOf(decline.body)).toContain('This partner change is already closed (Done: the unit has the new partner).');
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(`${PORTAL}/${done.id}/withdraw`, { _csrf: kari.csrf })).statusCode).toBe(409);
  });

  it('a request that does not exist is not found; a malformed id is refused', async () => {
    const op = await backofficeAs(t);
    expect((await op.get('/backoffice/partner-changes/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await op.post('/backoffice/partner-changes/00000000-0000-4000-8000-000000000000/complete', { _csrf: op.csrf })).statusCode).toBe(404);
    expect((await op.get('/backoffice/partner-changes/nope')).statusCode).toBe(400);
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.post(`${PORTAL}/00000000-0000-4000-8000-000000000000/withdraw`, { _csrf: kari.csrf })).statusCode).toBe(404);
    expect((await kari.post(PORTAL, { _csrf: kari.csrf, msn: '999999', partner: BOLGE, understood: 'yes' })).statusCode).toBe(404);
  });
});
