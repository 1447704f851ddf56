import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { FJORDKASSA_PACKAGE_NETT } from '../../support/management.js';
import { pngBase64 } from '../../support/png.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

const legacyOrder = (over: Record<string, unknown> = {}) => ({
  orgno: '975312461',
  salesUnitName: 'Nordlys Kaffe',
  salesUnitLogo: pngBase64(100, 100),
  settlementAccountNumber: '15031234562',
  pricePackageId: FJORDKASSA_PACKAGE_NETT,
  productType: 'VIPPS_PA_NETT',
  productUseCase: 'Website',
  annualTurnover: 100000,
  intendedPurpose: 'Coffee',
  website: { url: 'https://nordlyskaffe.no', termsUrl: 'https://nordlyskaffe.no/terms' },
  ...over,
});

describe('Partner API (legacy): happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string, keys = DEMO.partnerKeys) => t.inject({ method: 'GET', url, headers: await t.auth(keys) });

  it("lists a merchant's MSNs connected to the partner, marked deprecated with a link to the Management API", async () => {
    const res = await get('/partner-api/v0/merchants/923456783');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ msn: ['212345', '212346'] });
    expect(res.headers.deprecation).toBe('@1696118400');
    expect(res.headers.link).toBe('<http://vpp.test/management/v1/merchants/business:NO:ORG/923456783/sales-units>; rel="successor-version"');
  });

  it('describes a sales unit at both spellings of its path', async () => {
    for (const spelling of ['salesunits', 'saleunits']) {
      const res = await get(`/partner-api/v0/${spelling}/212346`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        msn: '212346',
        name: 'Fjellbakeriet Kafe',
        orgno: '923456783',
        additionalDetails: { skipLandingPage: true, isPureLogin: false, captureType: 'ReserveCapture', recurring: false },
      });
      expect(res.headers.link).toBe('<http://vpp.test/management/v1/sales-units/212346>; rel="successor-version"');
      expect(res.headers.deprecation).toBe('@1696118400');
    }
  });

  it("works with a merchant's own keys for its own unit", async () => {
    expect((await get('/partner-api/v0/salesunits/312345', DEMO.merchantKeys)).json().orgno).toBe('934567897');
    expect((await get('/partner-api/v0/merchants/934567897', DEMO.merchantKeys)).json()).toEqual({ msn: ['312345'] });
  });

  it('pre-fills a valid legacy order: 200 with prefilledOrderId and returnUrl', async () => {
    const res = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers: await t.auth(DEMO.partnerKeys), payload: legacyOrder() });
    expect(res.statusCode, res.body).toBe(200);
    const { prefilledOrderId, returnUrl } = res.json();
    expect(returnUrl).toBe(`http://vpp.test/portal/register/vippspanett/${prefilledOrderId}`);
    expect(res.headers.link).toBe('<http://vpp.test/management/v1/product-orders>; rel="successor-version"');
    const row = (await findProductOrder(t.rt.store.db, prefilledOrderId))!;
    expect(row).toMatchObject({ source: 'partner-api', invalid: 0, invalid_reasons: null, settlement_account: '15031234562', sales_unit_name: 'Nordlys Kaffe', partner_id: '100001' });
    // The Management API reports its status too.
    const status = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${prefilledOrderId}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(status.json().prefillStatus).toBe('RECEIVED');
  });

  it('accepts an order that fails the full rules, storing it as invalid with the reasons and an empty form', async () => {
    const sent = legacyOrder({ orgno: '975312462', settlementAccountNumber: '15031234563', salesUnitLogo: 'VGhlIGltYWdlIGdvZXMgaGVyZQ==', annualTurnover: '100000', pricePackageKey: 'posstandard' });
    const res = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers: await t.auth(DEMO.partnerKeys), payload: sent });
    expect(res.statusCode, res.body).toBe(200);
    const row = (await findProductOrder(t.rt.store.db, res.json().prefilledOrderId))!;
    expect(row.invalid).toBe(1);
    const reasons = Object.fromEntries((JSON.parse(row.invalid_reasons!) as { name: string; reason: string }[]).map((r) => [r.name, r.reason]));
    expect(Object.keys(reasons).sort()).toEqual(['annualTurnover', 'orgno', 'pricePackageKey', 'salesUnitLogo', 'settlementAccountNumber']);
    expect(reasons.orgno).toMatch(/check digit/);
    expect(row).toMatchObject({ orgno: '975312462', sales_unit_name: null, settlement_account: null, price_package_id: null });
    expect(JSON.parse(row.prefill)).toEqual(sent);
  });

  it('replays the first response for a repeated Idempotency-Key', async () => {
    const headers = { ...(await t.auth(DEMO.partnerKeys)), 'idempotency-key': '110bc374-976a-4e66-95ed-9a86bda5ab76' };
    const first = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers, payload: legacyOrder() });
    const again = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers, payload: legacyOrder() });
    expect(again.json()).toEqual(first.json());
  });
});
