import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('test mode does not offer the Management API or the Partner API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());

  for (const url of ['/management/v1/sales-units', '/management/v1/partners/price-packages', '/partner-api/v0/merchants/934567897']) {
    it(`GET ${url} is 404 in test mode`, async () => {
      const res = await t.inject({ method: 'GET', url, headers: await t.auth(DEMO.merchantKeys) });
      expect(res.statusCode).toBe(404);
      expect(res.json().detail).toMatch(/There is no GET/);
    });
  }
});
