import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill, FJORDKASSA_PACKAGE_NETT } from '../../support/management.js';
import { legacyInvalidOrder, PEOPLE, portalAs, prefill, sendOrder, signAgreementAs } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('the pre-fill link: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const apiStatus = async (id: string) => (await t.inject({ method: 'GET', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) })).json().prefillStatus;

  it('with an agreement: shows the order with the partner\'s fields locked, and sends it with what the merchant completed', async () => {
    const body = fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' }, salesUnitName: 'Fjellbakeriet Nettbutikk', settlementBankAccount: null, intendedPurpose: null });
    const { id, path } = await prefill(t, body);
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get(path);
    expect(page.statusCode).toBe(200);
    expect(await apiStatus(id)).toBe('ACCESSED');
    expect(page.body).toContain('Fjordkassa Platform has filled in this order for you.');
    expect(page.body).toContain('Fjellbakeriet Nettbutikk');
    expect(page.body).toContain('<span class="badge">set by Fjordkassa Platform</span>');
    expect(page.body).toContain('Fjordkassa Standard: 2.49%');
    // The partner's fields are not inputs; the empty ones are.
    expect(page.body).not.toContain('name="salesUnitName"');
    expect(page.body).not.toContain('name="pricePackageId"');
    expect(page.body).toContain('name="settlementBankAccount.id"');
    expect(page.body).toContain('name="intendedPurpose"');

    const sent = await sendOrder(kari, path, { salesUnitName: 'Something else', 'settlementBankAccount.id': '1503 12 34562', intendedPurpose: 'Bread and cakes from our web shop' });
    expect(sent.statusCode, sent.body).toBe(303);
    expect(sent.headers.location).toBe(`${path}?sent=1`);
    const row = (await findProductOrder(t.rt.store.db, id))!;
    expect(row).toMatchObject({ status: 'SUBMITTED', sales_unit_name: 'Fjellbakeriet Nettbutikk', settlement_account: '15031234562', intended_purpose: 'Bread and cakes from our web shop', price_package_id: FJORDKASSA_PACKAGE_NETT });
    expect(await apiStatus(id)).toBe('PROCESSING');
    const queued = await t.rt.store.db.selectFrom('signup_cases').selectAll().where('subject_id', '=', id).executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ kind: 'product-order', state: 'QUEUED' });

    const after = await kari.get(sent.headers.location as string);
    expect(after.body).toContain('Sent. Vipps MobilePay processes the order');
    expect(after.body).toContain('Sent, waiting for processing');
    expect(after.body).not.toContain('Send the order');
  });

  it('without an agreement: after the CEO signs, the same link shows the order, which can be sent while the agreement is processed', async () => {
    const { id, path } = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    expect((await sigrid.get(path)).body).toContain('Sign the merchant agreement first.');
    expect((await signAgreementAs(sigrid, '975312461')).statusCode).toBe(303);
    const page = await sigrid.get(path);
    expect(page.body).toContain('Your merchant agreement is being processed; you can send the order now.');
    expect((await sendOrder(sigrid, path)).statusCode).toBe(303);
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('SUBMITTED');
  });

  it('warns about an invalid legacy pre-fill and starts from an empty form, which the merchant fills in and sends', async () => {
    const { id, path } = await legacyInvalidOrder(t, '923456783');
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get(path);
    expect(page.body).toContain('The pre-filled information from Fjordkassa Platform was not valid, so this form starts empty.');
    expect(page.body).toContain('<code>settlementAccountNumber</code> must be exactly 11 digits');
    expect(page.body).toContain('name="salesUnitName"');
    expect(page.body).not.toContain('Way too long');
    expect(page.body).not.toContain('set by Fjordkassa Platform');
    const sent = await sendOrder(kari, path, { salesUnitName: 'Fjellbakeriet Kiosk', 'settlementBankAccount.id': '15031234562', pricePackageId: FJORDKASSA_PACKAGE_NETT });
    expect(sent.statusCode, sent.body).toBe(303);
    expect((await findProductOrder(t.rt.store.db, id))!).toMatchObject({ status: 'SUBMITTED', sales_unit_name: 'Fjellbakeriet Kiosk', price_package_id: FJORDKASSA_PACKAGE_NETT });
  });

  it('lists on the portal home the pending pre-fills, the orders with their status, the agreements and the units with their partner', async () => {
    const { path } = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' }, productType: 'VIPPS_LOGG_INN', pricePackageId: null, complianceData: null }));
    const kari = await portalAs(t, PEOPLE.kari);
    const home = await kari.get('/portal');
    expect(home.body).toContain('Pre-filled orders waiting for you');
    expect(home.body).toContain(`href="${path}"`);
    expect(home.body).toContain('Sent, waiting for processing');
    expect(home.body).toContain('<td class="mono" data-label="MSN">212345</td><td data-label="Name">Fjellbakeriet Nett </td><td data-label="Product">Vipps på nett</td><td data-label="Partner">Fjordkassa Platform</td>');
    expect(home.body).toContain('<span class="badge ok">Customer</span>');
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    expect((await sigrid.get('/portal')).body).toContain('Signed, being processed');
  });

  it('shows a reader the order without the send button, and sends nothing for them', async () => {
    await t.rt.store.db.insertInto('portal_users').values({ orgno: '923456783', nin: PEOPLE.anders, permissions: '["READ"]', units: '"all"', added_by: PEOPLE.kari, created_at: 0, updated_at: 0 }).execute();
    const { id, path } = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    const anders = await portalAs(t, PEOPLE.anders);
    const page = await anders.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Only an admin, the CEO or the chair of Fjellbakeriet AS can send the order.');
    const sent = await sendOrder(anders, path);
    expect(sent.statusCode).toBe(403);
    expect(sent.body).toContain('does not let you send this product order');
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('OPENED');
  });
});
