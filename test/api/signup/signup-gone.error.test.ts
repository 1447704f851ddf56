import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';

describe('the removed Signup API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  for (const url of ['/v1/partial/signup', '/v1/test/callbackTrigger']) {
    it(`POST ${url} is 410 Gone, naming the Management API pre-fill`, async () => {
      const res = await t.inject({
        method: 'POST',
        url,
        payload: { orgnumber: '975312461', partnerId: '100001', subscriptionPackageId: '1', signupCallbackUrl: 'https://partner.example/cb', signupCallbackToken: 't', 'form-type': 'vippspanett' },
      });
      expect(res.statusCode).toBe(410);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({ type: 'https://developer.vippsmobilepay.com/signup/v1/gone', title: 'Gone', status: 410 });
      expect(res.json().detail).toMatch(/POST http:\/\/vpp\.test\/management\/v1\/product-orders/);
      expect(res.headers.link).toBe('<http://vpp.test/management/v1/product-orders>; rel="successor-version"');
    });
  }

  it('answers 410 whatever the body, even one that is not JSON', async () => {
    const res = await t.inject({ method: 'POST', url: '/v1/partial/signup', headers: { 'content-type': 'application/json' }, payload: '{broken' });
    expect(res.statusCode).toBe(410);
  });

  it('is gone in test mode too', async () => {
    const test = await startTestApp({ config: { mode: 'test' } });
    try {
      expect((await test.inject({ method: 'POST', url: '/v1/partial/signup', payload: {} })).statusCode).toBe(410);
    } finally {
      await test.close();
    }
  });
});
