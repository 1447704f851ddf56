import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('Management API partners: documented errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  for (const url of ['/management/v1/partners/whoami', '/management/v1/partners/price-packages']) {
    it(`${url} is an error for keys that are not a partner's`, async () => {
      for (const keys of [DEMO.merchantKeys, DEMO.merchantManagementKeys]) {
        const res = await t.inject({ method: 'GET', url, headers: await t.auth(keys) });
        expect(res.statusCode).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().detail).toMatch(/not a partner's keys/);
      }
    });

    it(`${url} names a Vipps-System header over 30 characters`, async () => {
      const res = await t.inject({ method: 'GET', url, headers: { ...(await t.auth(DEMO.partnerKeys)), 'vipps-system-version': '1'.repeat(31) } });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/Vipps-System-Version header is 31 characters/);
    });

    it(`${url} refuses a malformed Merchant-Serial-Number header`, async () => {
      const res = await t.inject({ method: 'GET', url, headers: await t.auth(DEMO.partnerKeys, '12ab') });
      expect(res.statusCode).toBe(400);
      expect(res.json().extraDetails).toEqual([{ key: 'Merchant-Serial-Number', value: 'must be 5 or 6 digits' }]);
    });
  }
});
