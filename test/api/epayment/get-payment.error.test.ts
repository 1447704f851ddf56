import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { getEvents, getPayment, newRef, partner } from '../../support/payments.js';

describe('GET /epayment/v1/payments/{reference}: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an unknown reference: 404 naming the reference and MSN', async () => {
    const reference = newRef('missing');
    for (const res of [await getPayment(t, await partner(t), reference), await getEvents(t, await partner(t), reference)]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ title: 'Reference not found', status: 404 });
      expect(res.json().detail).toContain(`${reference} does not exist for MSN 212345`);
    }
  });

  it('a malformed reference: 400 naming it', async () => {
    const res = await getPayment(t, await partner(t), 'short');
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails[0].name).toBe('reference');
  });
});
