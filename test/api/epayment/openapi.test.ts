import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';

describe('GET /openapi.json', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('documents every ePayment and Webhooks route with its responses', async () => {
    const doc = (await t.inject({ method: 'GET', url: '/openapi.json' })).json();
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/epayment/v1/payments',
      '/epayment/v1/payments/{reference}',
      '/epayment/v1/payments/{reference}/events',
      '/epayment/v1/payments/{reference}/capture',
      '/epayment/v1/payments/{reference}/refund',
      '/epayment/v1/payments/{reference}/cancel',
      '/epayment/v1/test/payments/{reference}/approve',
      '/webhooks/v1/webhooks',
      '/webhooks/v1/webhooks/{id}',
    ]) {
      expect(paths).toContain(p);
    }
    expect(Object.keys(doc.paths['/epayment/v1/payments'].post.responses).sort()).toEqual(['201', '400', '401', '403', '404', '409']);
    expect(Object.keys(doc.paths['/webhooks/v1/webhooks/{id}'].delete.responses)).toContain('204');
  });
});
