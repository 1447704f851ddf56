// Changing partner (how-to-change-partners.md): the merchant asks in the portal, the back
// office records the new partner's order and reconfigures the MSN; from then on the new
// partner's keys reach the unit, the old partner's do not, the unit's own keys still work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { BOLGE_PACKAGE, fullPrefill, newKey } from '../../support/management.js';
import { backofficeAs, FJELLBAKERIET, HAVBLIKK, PEOPLE, portalAs, textOf } from '../../support/portal-session.js';
import { unitAccessStatus } from '../../support/unit-access.js';

const PORTAL = `/portal/merchants/${FJELLBAKERIET}/partner-change`;
const BOLGE = '100002';
const FJORDKASSA = '100001';

describe('changing partner', () => {
  let t: TestApp;
  let caseUrl = '';
  let unitKeys = { clientId: '', clientSecret: '', subscriptionKey: '' };
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const emailsTo = async (to: string) => (await t.inject({ method: 'GET', url: `/_sim/emails?to=${encodeURIComponent(to)}` })).json().emails as { subject: string; body: string }[];
  const partnerOf = async (msn: string) => (await t.rt.store.db.selectFrom('sales_units').select('partner_id').where('msn', '=', msn).executeTakeFirstOrThrow()).partner_id;

  it('the merchant asks to move a unit; nothing changes for the unit yet', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    // The unit's own keys, which must survive the move.
    const created = await kari.post(`/portal/merchants/${FJELLBAKERIET}/keys/212345/create`, { _csrf: kari.csrf });
    const values = [...created.body.matchAll(/<code class="secret">([^<]+)<\/code>/g)].map((m) => m[1]!);
    unitKeys = { clientId: values[0]!, clientSecret: values[1]!, subscriptionKey: values[2]! };

    const asked = await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212345', partner: BOLGE, understood: 'yes' });
    expect(asked.statusCode).toBe(303);
    const page = textOf((await kari.get(asked.headers.location as string)).body);
    expect(page).toContain('Your request is registered. Ask the new partner to order the reconfiguration');
    expect(page).toContain("Fjellbakeriet Nett 212345 Fjordkassa Platform to Bølge Plugins Waiting for the new partner's order Withdraw");
    expect(await partnerOf('212345')).toBe(FJORDKASSA);
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212345')).toBe(200);
    expect(await unitAccessStatus(t, DEMO.otherPartnerKeys, '212345')).toBe(404);
  });

  it("the back office sees the request, with the new partner's product orders for the organisation", async () => {
    // The new partner pre-fills an order for the same organisation through the Management API.
    const po = await t.inject({
      method: 'POST',
      url: '/management/v1/product-orders',
      headers: { ...(await t.auth(DEMO.otherPartnerKeys)), 'idempotency-key': newKey() },
      payload: fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: FJELLBAKERIET }, pricePackageId: BOLGE_PACKAGE }),
    });
    expect(po.statusCode).toBe(201);

    const op = await backofficeAs(t);
    const list = await op.get('/backoffice/partner-changes');
    expect(list.statusCode).toBe(200);
    const text = textOf(list.body);
    expect(text).toContain('Open, oldest first');
    expect(text).toMatch(/UTC Fjellbakeriet Nett 212345 Fjellbakeriet AS 923456783 Fjordkassa Platform → Bølge Plugins Waiting for order/);
    caseUrl = /href="(\/backoffice\/partner-changes\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
    const detail = textOf((await op.get(caseUrl)).body);
    expect(detail).toContain('Move Fjellbakeriet Nett 212345 to Bølge Plugins');
    expect(detail).toContain("New partner's order not received yet");
    expect(detail).toContain(`Product orders from Bølge Plugins for ${FJELLBAKERIET}`);
    expect(detail).toContain(po.json().prefilledOrderId);
    expect(detail).toMatch(/UTC Kari Nordmann Asked to move the unit from Fjordkassa Platform to Bølge Plugins\./);
    expect(detail).not.toContain('Reconfigure MSN');
  });

  it("the operator records the new partner's order, then reconfigures the MSN", async () => {
    const op = await backofficeAs(t);
    const recorded = await op.post(`${caseUrl}/order`, { _csrf: op.csrf, reference: 'Email from partner@bolge.example, 3 March' });
    expect(recorded.statusCode).toBe(303);
    const ready = textOf((await op.get(recorded.headers.location as string)).body);
    expect(ready).toContain("The new partner's order is recorded.");
    expect(ready).toContain('Email from partner@bolge.example, 3 March (recorded');
    expect(await partnerOf('212345')).toBe(FJORDKASSA);

    const done = await op.post(`${caseUrl}/complete`, { _csrf: op.csrf });
    expect(done.statusCode).toBe(303);
    const page = textOf((await op.get(done.headers.location as string)).body);
    expect(page).toContain('The MSN has its new partner. The merchant and both partners were emailed.');
    expect(page).toMatch(/UTC Berit Saksbehandler Partner changed from Fjordkassa Platform to Bølge Plugins\./);
    expect(await partnerOf('212345')).toBe(BOLGE);
  });

  it("from then on the new partner's keys reach the unit and the old partner's do not; the unit's own keys still work", async () => {
    // Both partners' tokens are fine; what changed is which unit they reach.
    for (const keys of [DEMO.partnerKeys, DEMO.otherPartnerKeys]) {
      const who = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(keys) });
      expect(who.statusCode).toBe(200);
    }
    expect(await unitAccessStatus(t, DEMO.otherPartnerKeys, '212345')).toBe(200);
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212345')).toBe(404);
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212346')).toBe(200);
    const token = await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { client_id: unitKeys.clientId, client_secret: unitKeys.clientSecret, 'ocp-apim-subscription-key': unitKeys.subscriptionKey } });
    expect(token.statusCode).toBe(200);
    expect(await unitAccessStatus(t, unitKeys, '212345')).toBe(200);
  });

  it('the merchant and both partners are told; the old partner not who took over', async () => {
    const [merchant] = await emailsTo('post@fjellbakeriet.example');
    expect(merchant!.subject).toBe('Sales unit 212345 now has Bølge Plugins as partner');
    expect(merchant!.body).toContain('Partner before: Fjordkassa Platform. Partner now: Bølge Plugins.');
    const [to] = await emailsTo('partner@bolge.example');
    expect(to!.subject).toBe('Sales unit 212345 is now connected to Bølge Plugins');
    const [from] = await emailsTo('partner@fjordkassa.example');
    expect(from!.subject).toBe('Sales unit 212345 is no longer connected to Fjordkassa Platform');
    expect(from!.body).not.toContain('Bølge');
  });

  it('the portal shows the unit with its new partner and the request as done', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = textOf((await kari.get(PORTAL)).body);
    expect(page).toContain('Fjellbakeriet Nett 212345 Bølge Plugins none');
    expect(page).toMatch(/Fjellbakeriet Nett 212345 Fjordkassa Platform → Bølge Plugins Done/);
  });

  it('a unit without a partner gets one; only the merchant and the new partner are emailed', async () => {
    const ingrid = await portalAs(t, PEOPLE.ingrid);
    expect((await ingrid.post(`/portal/merchants/${HAVBLIKK}/partner-change`, { _csrf: ingrid.csrf, msn: '312345', partner: FJORDKASSA, understood: 'yes' })).statusCode).toBe(303);
    const op = await backofficeAs(t);
    const list = await op.get('/backoffice/partner-changes');
    const url = /href="(\/backoffice\/partner-changes\/[0-9a-f-]{36})"/.exec(list.body)![1]!;
    expect((await op.post(`${url}/order`, { _csrf: op.csrf, reference: 'Ticket 4711' })).statusCode).toBe(303);
    const before = (await emailsTo('partner@fjordkassa.example')).length;
    expect((await op.post(`${url}/complete`, { _csrf: op.csrf })).statusCode).toBe(303);
    expect(await partnerOf('312345')).toBe(FJORDKASSA);
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '312345')).toBe(200);
    expect(await unitAccessStatus(t, DEMO.merchantKeys, '312345')).toBe(200);
    expect((await emailsTo('post@havblikk.example'))[0]!.body).toContain('Partner before: none. Partner now: Fjordkassa Platform.');
    expect((await emailsTo('partner@fjordkassa.example')).length).toBe(before + 1);
  });

  it('the merchant may withdraw an open request and ask again', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212346', partner: '100003', understood: 'yes' });
    const page = await kari.get(PORTAL);
    const withdraw = /action="(\/portal\/merchants\/923456783\/partner-change\/[0-9a-f-]{36}\/withdraw)"/.exec(page.body)![1]!;
    const res = await kari.post(withdraw, { _csrf: kari.csrf });
    expect(res.statusCode).toBe(303);
    const after = textOf((await kari.get(res.headers.location as string)).body);
    expect(after).toContain('The request was withdrawn. The sales unit keeps its partner.');
    expect(after).toContain('Fjordkassa Platform → Nordlys Integrasjon Withdrawn');
    expect(await partnerOf('212346')).toBe(FJORDKASSA);
    expect((await kari.post(PORTAL, { _csrf: kari.csrf, msn: '212346', partner: '100003', understood: 'yes' })).statusCode).toBe(303);
  });

  it('the back office may decline: the merchant is told why, the partners nothing', async () => {
    const op = await backofficeAs(t);
    const list = await op.get('/backoffice/partner-changes');
    const url = /href="(\/backoffice\/partner-changes\/[0-9a-f-]{36})"/.exec(list.body)![1]!; // the open one for 212346
    const partnerMails = (await emailsTo('partner@nordlys-integrasjon.example')).length + (await emailsTo('partner@fjordkassa.example')).length;
    const res = await op.post(`${url}/decline`, { _csrf: op.csrf, reason: 'Nordlys Integrasjon has not ordered the reconfiguration within 30 days.' });
    expect(res.statusCode).toBe(303);
    expect(textOf((await op.get(res.headers.location as string)).body)).toContain('Declined. The merchant was emailed the reason.');
    const [mail] = await emailsTo('post@fjellbakeriet.example');
    expect(mail!.subject).toBe('Your request to move sales unit 212346 to Nordlys Integrasjon was declined');
    expect(mail!.body).toContain('Reason: Nordlys Integrasjon has not ordered the reconfiguration within 30 days.');
    expect((await emailsTo('partner@nordlys-integrasjon.example')).length + (await emailsTo('partner@fjordkassa.example')).length).toBe(partnerMails);
    const kari = await portalAs(t, PEOPLE.kari);
    expect(textOf((await kari.get(PORTAL)).body)).toContain('Declined Nordlys Integrasjon has not ordered the reconfiguration within 30 days.');
    expect(await partnerOf('212346')).toBe(FJORDKASSA);
  });
});
