import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('Management API partners: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('whoami describes the partner behind partner keys', async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ partnerId: '100001', name: 'Fjordkassa Platform', level: 'Vipps Partner Premium', partnerContactName: 'Siri Fjord', partnerContactEmail: 'partner@fjordkassa.example', status: 'ACTIVE' });
  });

  it("whoami works with a partner's management keys", async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(DEMO.managementKeys) });
    expect(res.json()).toMatchObject({ partnerId: '100003', level: 'Vipps Partner' });
  });

  it("lists the partner's price packages with the id to pre-fill with", async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/price-packages', headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a02', name: 'Fjordkassa Butikk', description: '1.49%', visibleInSignupForm: true, productType: 'ePaymentCustomerPresent' },
      { pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a03', name: 'Fjordkassa Enterprise', description: '1.99%', visibleInSignupForm: false, productType: 'ePayment' },
      { pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01', name: 'Fjordkassa Standard', description: '2.49%', visibleInSignupForm: true, productType: 'ePayment' },
    ]);
  });

  it('lists checkout packages as checkout for management keys', async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/price-packages', headers: await t.auth(DEMO.managementKeys) });
    expect(res.json()).toEqual([expect.objectContaining({ pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a05', productType: 'checkout' })]);
  });
});
