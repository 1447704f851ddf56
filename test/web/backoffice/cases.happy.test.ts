import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill } from '../../support/management.js';
import { agreementIdOf, caseOf, decide, emails, operator, partnerReachesUnit, PEOPLE, portalAs, prefill, sendOrder, signAgreementAs } from '../../support/signup.js';
import { csrfOf } from '../../support/forms.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('back office: happy paths', () => {
  let t: TestApp;
  let agreementCase: string;
  let order: { id: string; path: string };
  beforeAll(async () => {
    t = await startTestApp();
    order = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    await signAgreementAs(sigrid, '975312461');
    agreementCase = await caseOf(t, await agreementIdOf(t, '975312461'));
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 60 } });
    await sendOrder(sigrid, order.path);
  });
  afterAll(() => t.close());

  it('lists the queue oldest first, with the checks to look at', async () => {
    const op = await operator(t);
    const queue = await op.get('/backoffice');
    expect(queue.statusCode).toBe(200);
    const a = queue.body.indexOf('Merchant agreement</a>');
    const o = queue.body.indexOf('Product order: Vipps på nett</a>');
    expect(a).toBeGreaterThan(0);
    expect(o).toBeGreaterThan(a);
    expect(queue.body).toContain('1 to look at'); // the order: org number on the website is for the operator
    expect(queue.body).toContain('Automatic processing is off');
  });

  it('shows a case with its checks and history, and records the org-number check', async () => {
    const op = await operator(t);
    const orderCase = await caseOf(t, order.id);
    const page = await op.get(`/backoffice/cases/${orderCase}`);
    expect(page.body).toMatch(/Signer(&#39;|')s right to sign \(Brønnøysundregistrene\)/);
    expect(page.body).toContain('Sigrid Berg is registered as CEO (daglig leder).');
    expect(page.body).toContain('Terms and conditions URL present');
    expect(page.body).toContain('for you to check');
    expect(page.body).toContain('Sent the product order');
    const saved = await decide(op, orderCase, 'org-number', { visible: 'yes' });
    expect(saved.statusCode).toBe(303);
    const after = await op.get(saved.headers.location as string);
    expect(after.body).toContain('Confirmed by an operator.');
    expect((await findProductOrder(t.rt.store.db, order.id))!.status).toBe('PROCESSING');
  });

  it('asks the merchant for more information; the merchant answers in the portal and the case is back in the queue', async () => {
    const op = await operator(t);
    const orderCase = await caseOf(t, order.id);
    const asked = await decide(op, orderCase, 'request-information', { question: 'Which coffee do you sell online?' });
    expect(asked.statusCode).toBe(303);
    expect((await findProductOrder(t.rt.store.db, order.id))!.status).toBe('AWAITING-CUSTOMER');
    const apiStatus = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${order.id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(apiStatus.json().prefillStatus).toBe('WAITING_FOR_MERCHANT');
    const [mail] = await emails(t, 'sigrid.berg@nordlyskaffe.example');
    expect(mail!.subject).toBe('We need more information about your product order for Vipps på nett');
    expect(mail!.body).toContain('Which coffee do you sell online?');
    expect(mail!.body).toContain(`http://vpp.test${order.path}`);
    expect(await emails(t, 'partner@fjordkassa.example')).toEqual([]);

    const sigrid = await portalAs(t, PEOPLE.sigrid);
    expect((await sigrid.get('/portal')).body).toContain('Vipps MobilePay has a question about the product order');
    const page = await sigrid.get(order.path);
    expect(page.body).toContain('Which coffee do you sell online?');
    const answered = await sigrid.post(`/portal/cases/${orderCase}/answer`, { _csrf: csrfOf(page.body), answer: 'Beans from Tromsø roasters.' });
    expect(answered.statusCode).toBe(303);
    expect(answered.headers.location).toBe(`${order.path}?answered=1`);
    expect((await findProductOrder(t.rt.store.db, order.id))!.status).toBe('PROCESSING');
    const queue = await op.get('/backoffice');
    expect(queue.body).toContain('Answered: to review');
    expect((await op.get(`/backoffice/cases/${orderCase}`)).body).toContain('Beans from Tromsø roasters.');
  });

  it('approves the agreement: it becomes ACTIVE and the company a merchant with its contact', async () => {
    const op = await operator(t);
    const pdf = await op.get(`/backoffice/agreements/${await agreementIdOf(t, '975312461')}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.toString('latin1')).toContain('(Organisation number: 975312461) Tj');
    const res = await decide(op, agreementCase, 'approve');
    expect(res.statusCode).toBe(303);
    const a = await t.rt.store.db.selectFrom('merchant_agreements').select('status').where('orgno', '=', '975312461').executeTakeFirstOrThrow();
    expect(a.status).toBe('ACTIVE');
    const m = await t.rt.store.db.selectFrom('merchants').selectAll().where('orgno', '=', '975312461').executeTakeFirstOrThrow();
    expect(m).toMatchObject({ name: 'Nordlys Kaffe AS', status: 'ACTIVE', contact_email: 'sigrid.berg@nordlyskaffe.example' });
    expect((await emails(t, 'sigrid.berg@nordlyskaffe.example'))[0]!.subject).toBe('Merchant agreement approved for Nordlys Kaffe AS');
  });

  it('approves the order: a unit with a new MSN for the partner, merchant keys, the same email to both, and the partner reaches the unit at once', async () => {
    const op = await operator(t);
    const orderCase = await caseOf(t, order.id);
    const res = await decide(op, orderCase, 'approve');
    expect(res.statusCode).toBe(303);
    const row = (await findProductOrder(t.rt.store.db, order.id))!;
    expect(row.status).toBe('APPROVED');
    expect(row.msn).toMatch(/^\d{6}$/);
    const unit = await t.rt.store.db.selectFrom('sales_units').selectAll().where('msn', '=', row.msn!).executeTakeFirstOrThrow();
    const prefilled = fullPrefill();
    expect(unit).toMatchObject({
      name: prefilled.salesUnitName,
      partner_id: '100001',
      settlement_account: '15031234562',
      price_package_id: prefilled.pricePackageId,
      product_type: 'VIPPS_PA_NETT',
      logo: prefilled.salesUnitLogo,
      website_url: 'https://nordlyskaffe.no',
      capture_type: 'ReserveCapture',
      payment_allowed: 1,
      status: 'ACTIVE',
    });
    const keys = await t.rt.store.db.selectFrom('key_sets').select(['kind', 'msn']).where('msn', '=', row.msn!).execute();
    expect(keys).toEqual([{ kind: 'merchant', msn: row.msn }]);

    const toMerchant = (await emails(t, 'sigrid.berg@nordlyskaffe.example'))[0]!;
    const toPartner = (await emails(t, 'partner@fjordkassa.example'))[0]!;
    expect(toMerchant.subject).toBe(`Vipps på nett approved for Nordlys Kaffe AS: MSN ${row.msn}`);
    expect(toPartner.subject).toBe(toMerchant.subject);
    expect(toPartner.body).toBe(toMerchant.body);
    for (const fact of ['Organisation number: 975312461', 'Merchant: Nordlys Kaffe AS', `MSN (Merchant Serial Number): ${row.msn}`, 'Sales unit: Nordlys Kaffe (Tromsø)']) expect(toMerchant.body).toContain(fact);

    expect(await partnerReachesUnit(t, DEMO.partnerKeys, row.msn!)).toBe('reaches');
    expect(await partnerReachesUnit(t, DEMO.otherPartnerKeys, row.msn!)).toContain('No sales unit with MSN');
    expect((await t.inject({ method: 'GET', url: `/management/v1/product-orders/${order.id}`, headers: await t.auth(DEMO.partnerKeys) })).json().prefillStatus).toBe('COMPLETED');

    const home = await (await portalAs(t, PEOPLE.sigrid)).get('/portal');
    expect(home.body).toContain(`<td class="mono" data-label="MSN">${row.msn}</td>`);
    expect(home.body).toContain('<span class="badge ok">Approved</span>');
    expect((await op.get('/backoffice')).body).toContain('Decided lately');
  });
});
