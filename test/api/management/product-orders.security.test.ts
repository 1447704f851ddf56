import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill, newKey, withoutTrace } from '../../support/management.js';

describe('Management API product orders: who may call what', () => {
  let t: TestApp;
  let fjordkassaOrder: string;
  beforeAll(async () => {
    t = await startTestApp();
    const res = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(DEMO.partnerKeys)), 'idempotency-key': newKey() }, payload: fullPrefill() });
    fjordkassaOrder = res.json().prefilledOrderId;
  });
  afterAll(() => t.close());

  const missing = '0b9c2a4e-1111-4222-8333-944455556666';

  it("answers another partner's order exactly as one that does not exist", async () => {
    for (const method of ['GET', 'DELETE'] as const) {
      const headers = await t.auth(DEMO.otherPartnerKeys);
      const theirs = await t.inject({ method, url: `/management/v1/product-orders/${fjordkassaOrder}`, headers });
      const none = await t.inject({ method, url: `/management/v1/product-orders/${missing}`, headers });
      expect(theirs.statusCode).toBe(404);
      expect(none.statusCode).toBe(404);
      expect(withoutTrace(theirs)).toEqual(JSON.parse(JSON.stringify(withoutTrace(none)).replaceAll(missing, fjordkassaOrder)));
    }
    // Still there for its owner.
    const own = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${fjordkassaOrder}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(own.statusCode).toBe(200);
  });

  it("lets the partner's other keys see it, but not a merchant's keys", async () => {
    // Management keys of another partner, and the merchant's own keys, see nothing.
    for (const keys of [DEMO.managementKeys, DEMO.merchantManagementKeys, DEMO.merchantKeys]) {
      const res = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${fjordkassaOrder}`, headers: await t.auth(keys) });
      expect(res.statusCode, keys.clientId).toBe(404);
    }
  });

  it('refuses accounting keys on every product-order operation', async () => {
    const headers = await t.auth(DEMO.accountingKeys);
    const post = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...headers, 'idempotency-key': newKey() }, payload: fullPrefill() });
    const get = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${fjordkassaOrder}`, headers });
    const del = await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${fjordkassaOrder}`, headers });
    for (const res of [post, get, del]) {
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/Accounting keys cannot manage sales units/);
    }
  });

  it("refuses merchant keys pre-filling for another merchant", async () => {
    for (const keys of [DEMO.merchantKeys, DEMO.merchantManagementKeys]) {
      const res = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(keys)), 'idempotency-key': newKey() }, payload: { businessIdentifier: { scheme: 'business:NO:ORG', id: '975312461' }, productType: 'VIPPS_PA_NETT' } });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/may only pre-fill product orders for itself/);
    }
  });

  it('refuses a price package to keys that have none', async () => {
    const res = await t.inject({
      method: 'POST',
      url: '/management/v1/product-orders',
      headers: { ...(await t.auth(DEMO.merchantManagementKeys)), 'idempotency-key': newKey() },
      payload: { businessIdentifier: { scheme: 'business:NO:ORG', id: DEMO.orgs.fjellbakeriet }, productType: 'VIPPS_PA_NETT', pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails).toEqual([{ key: 'pricePackageId', value: expect.stringMatching(/only a partner has price packages/) }]);
  });

  it('keeps Idempotency-Keys apart per caller', async () => {
    const key = newKey();
    const a = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(DEMO.partnerKeys)), 'idempotency-key': key }, payload: fullPrefill() });
    const b = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(DEMO.otherPartnerKeys)), 'idempotency-key': key }, payload: fullPrefill({ pricePackageId: null }) });
    expect(a.statusCode).toBe(201);
    expect(b.statusCode).toBe(201);
    expect(b.json().prefilledOrderId).not.toBe(a.json().prefilledOrderId);
  });

  it('refuses a missing or wrong subscription key, a missing token, and checks credentials before the body', async () => {
    const { authorization } = await t.auth(DEMO.partnerKeys);
    const url = '/management/v1/product-orders';
    const noSub = await t.inject({ method: 'POST', url, headers: { authorization, 'idempotency-key': newKey() }, payload: fullPrefill() });
    expect(noSub.statusCode).toBe(401);
    expect(noSub.json().detail).toMatch(/missing subscription key/);
    const wrongSub = await t.inject({ method: 'GET', url: `${url}/${fjordkassaOrder}`, headers: { authorization, 'ocp-apim-subscription-key': DEMO.otherPartnerKeys.subscriptionKey } });
    expect(wrongSub.statusCode).toBe(401);
    const noToken = await t.inject({ method: 'DELETE', url: `${url}/${fjordkassaOrder}`, headers: { 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey } });
    expect(noToken.statusCode).toBe(401);
    const badBodyNoAuth = await t.inject({ method: 'POST', url, payload: { nonsense: true } });
    expect(badBodyNoAuth.statusCode).toBe(401);
  });

  it('refuses an expired token (simulated clock)', async () => {
    const fresh = await startTestApp();
    try {
      const headers = await fresh.auth(DEMO.partnerKeys);
      await fresh.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86401 } });
      const res = await fresh.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...headers, 'idempotency-key': newKey() }, payload: fullPrefill() });
      expect(res.statusCode).toBe(401);
      expect(res.json().detail).toMatch(/expired/);
    } finally {
      await fresh.close();
    }
  });
});
