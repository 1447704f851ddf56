import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { expectCredentialChecks, expectExpiredTokenRefused } from '../../support/security.js';

describe('Management API partners: who may call what', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a partner sees only its own price packages', async () => {
    const res = await t.inject({ method: 'GET', url: '/management/v1/partners/price-packages', headers: await t.auth(DEMO.otherPartnerKeys) });
    expect(res.json().map((p: { pricePackageId: string }) => p.pricePackageId)).toEqual(['8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a04']);
  });

  for (const url of ['/management/v1/partners/whoami', '/management/v1/partners/price-packages']) {
    it(`${url} refuses accounting keys`, async () => {
      const res = await t.inject({ method: 'GET', url, headers: await t.auth(DEMO.accountingKeys) });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/Accounting keys cannot manage sales units/);
    });

    it(`${url} checks the subscription key and the token`, async () => {
      const [noSub] = await expectCredentialChecks(t, { method: 'GET', url });
      expect(noSub!.headers['content-type']).toContain('application/problem+json');
    });

    it(`${url} refuses an expired token`, () => expectExpiredTokenRefused({ method: 'GET', url }));
  }
});
