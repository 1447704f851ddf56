import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { adjust, getEvents, getPayment, partner } from '../../support/payments.js';
import { capturedPayment } from '../../support/payment-setups.js';

describe('POST /epayment/v1/payments/{reference}/refund', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refunds in parts up to what was captured; each refund is an event', async () => {
    const reference = await capturedPayment(t, 1000);
    const first = await adjust(t, await partner(t), reference, 'refund', 300);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ reference, state: 'AUTHORIZED', aggregate: { refundedAmount: { currency: 'NOK', value: 300 }, capturedAmount: { value: 1000 } } });
    expect((await adjust(t, await partner(t), reference, 'refund', 700)).statusCode).toBe(200);
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.refundedAmount.value).toBe(1000);
    const refunds = (await getEvents(t, await partner(t), reference)).json().filter((e: { name: string }) => e.name === 'REFUNDED');
    expect(refunds.map((e: { amount: { value: number } }) => e.amount.value)).toEqual([300, 700]);
  });

  it('a retried refund with the same Idempotency-Key refunds once', async () => {
    const reference = await capturedPayment(t, 1000);
    const headers = await partner(t);
    const a = await adjust(t, headers, reference, 'refund', 500);
    const b = await adjust(t, headers, reference, 'refund', 500);
    expect(b.json()).toEqual(a.json());
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.refundedAmount.value).toBe(500);
  });

  it('concurrent refunds never exceed what was captured', async () => {
    const reference = await capturedPayment(t, 1000);
    const results = await Promise.all(Array.from({ length: 20 }, async () => adjust(t, await partner(t), reference, 'refund', 100)));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(10);
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.refundedAmount.value).toBe(1000);
  });
});
