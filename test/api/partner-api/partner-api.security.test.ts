import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { withoutTrace } from '../../support/management.js';
import { expectCredentialChecks, expectExpiredTokenRefused } from '../../support/security.js';

describe('Partner API (legacy): who may call what', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string, keys: typeof DEMO.partnerKeys) => t.inject({ method: 'GET', url, headers: await t.auth(keys) });
  const same = (a: Awaited<ReturnType<typeof get>>, b: Awaited<ReturnType<typeof get>>, from: string, to: string) =>
    expect(JSON.stringify(withoutTrace(a))).toBe(JSON.stringify(withoutTrace(b)).replaceAll(from, to));

  it("another partner's merchant and unit answer exactly as ones that do not exist", async () => {
    same(await get('/partner-api/v0/merchants/923456783', DEMO.otherPartnerKeys), await get('/partner-api/v0/merchants/987654325', DEMO.otherPartnerKeys), '987654325', '923456783');
    const hidden = await get('/partner-api/v0/salesunits/212345', DEMO.otherPartnerKeys);
    expect(hidden.statusCode).toBe(404);
    same(hidden, await get('/partner-api/v0/salesunits/999999', DEMO.otherPartnerKeys), '999999', '212345');
  });

  it('merchant keys reach only their own merchant and unit', async () => {
    expect((await get('/partner-api/v0/merchants/923456783', DEMO.merchantKeys)).statusCode).toBe(404);
    expect((await get('/partner-api/v0/salesunits/212345', DEMO.merchantKeys)).statusCode).toBe(404);
    expect((await get('/partner-api/v0/salesunits/312345', DEMO.merchantManagementKeys)).statusCode).toBe(404);
  });

  it('refuses accounting keys', async () => {
    for (const url of ['/partner-api/v0/merchants/923456783', '/partner-api/v0/salesunits/212345']) {
      const res = await get(url, DEMO.accountingKeys);
      expect(res.statusCode).toBe(403);
      expect(Object.keys(res.json()).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    }
    const post = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers: await t.auth(DEMO.accountingKeys), payload: { orgno: '975312461', productType: 'VIPPS_PA_NETT' } });
    expect(post.statusCode).toBe(403);
  });

  it('answers missing or bad credentials with the gateway error shape, still marked deprecated', async () => {
    for (const url of ['/partner-api/v0/merchants/923456783', '/partner-api/v0/salesunits/212345']) {
      const responses = await expectCredentialChecks(t, { method: 'GET', url });
      for (const res of responses) {
        expect(res.json()).toEqual({ code: 401, message: expect.any(String) });
        expect(res.headers.deprecation).toBe('@1696118400');
      }
    }
    const [post] = await expectCredentialChecks(t, { method: 'POST', url: '/partner-api/v1/products/orders', payload: { orgno: '975312461', productType: 'VIPPS_PA_NETT' } });
    expect(post!.json()).toMatchObject({ status: 401, title: 'Unauthorized' });
  });

  it('refuses an expired token', async () => {
    const res = await expectExpiredTokenRefused({ method: 'GET', url: '/partner-api/v0/merchants/923456783' });
    expect(res.json().code).toBe(401);
    await expectExpiredTokenRefused({ method: 'POST', url: '/partner-api/v1/products/orders', payload: { orgno: '975312461', productType: 'VIPPS_PA_NETT' } });
  });
});
