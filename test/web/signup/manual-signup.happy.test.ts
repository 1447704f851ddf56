import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf } from '../../support/forms.js';
import { FJORDKASSA_PACKAGE_KASSE } from '../../support/management.js';
import { PEOPLE, portalAs } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('manual signup: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("offers one page per product with the partners and their price packages visible in the signup form", async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const nett = await kari.get('/portal/register/vippspanett');
    expect(nett.statusCode).toBe(200);
    expect(nett.body).toContain('<h1>Order Vipps på nett</h1>');
    expect(nett.body).toContain('<optgroup label="Fjordkassa Platform"><option value="8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01">Fjordkassa Standard');
    expect(nett.body).toContain('Bølge Webshop');
    expect(nett.body).not.toContain('Fjordkassa Enterprise'); // not visible in the signup form
    expect(nett.body).toContain('Fjellbakeriet AS (923456783)');
    expect(nett.body).toContain('Sales paid in advance');
    for (const [slug, product, pkg] of [['vippscheckout', 'Vipps Checkout', 'Nordlys Checkout'], ['vippsikasse', 'Vipps i kassa', 'Fjordkassa Butikk'], ['vippslogginn', 'Vipps Logg inn', 'Tall og Tabeller Login']]) {
      const page = await kari.get(`/portal/register/${slug}`);
      expect(page.body).toContain(`<h1>Order ${product}</h1>`);
      expect(page.body).toContain(pkg);
      expect(page.body).not.toContain('Sales paid in advance');
    }
  });

  it('orders Vipps i kassa with a partner and one of its packages: the order is SUBMITTED and queued', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get('/portal/register/vippsikasse');
    const res = await kari.post('/portal/register/vippsikasse', {
      _csrf: csrfOf(page.body),
      orgno: '923456783',
      partnerId: '100001',
      pricePackageId: FJORDKASSA_PACKAGE_KASSE,
      salesUnitName: 'Fjellbakeriet Torget',
      'settlementBankAccount.id': '15031234562',
      intendedPurpose: 'Bread and coffee sold over the counter',
    });
    expect(res.statusCode, res.body).toBe(303);
    const id = /\/portal\/register\/vippsikasse\/([0-9a-f-]{36})\?sent=1$/.exec(res.headers.location as string)![1]!;
    expect((await findProductOrder(t.rt.store.db, id))!).toMatchObject({
      source: 'portal',
      status: 'SUBMITTED',
      orgno: '923456783',
      product_type: 'VIPPS_I_KASSA',
      partner_id: '100001',
      price_package_id: FJORDKASSA_PACKAGE_KASSE,
      sales_unit_name: 'Fjellbakeriet Torget',
      created_by: 'Kari Nordmann (portal)',
    });
    const queued = await t.rt.store.db.selectFrom('signup_cases').select(['state']).where('subject_id', '=', id).executeTakeFirstOrThrow();
    expect(queued.state).toBe('QUEUED');
    const after = await kari.get(res.headers.location as string);
    expect(after.body).toContain('Fjordkassa Butikk');
    expect(after.body).toContain('Sent, waiting for processing');
  });

  it('tells a company without an agreement to sign one first', async () => {
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const page = await sigrid.get('/portal/register/vippspanett');
    expect(page.body).toContain('Nordlys Kaffe AS has no merchant agreement yet. <a href="/portal/register/975312461">Sign the merchant agreement</a>');
    expect(page.body).toContain('There is no company you may order products for yet.');
  });
});
