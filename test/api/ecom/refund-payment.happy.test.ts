// Refunds: partial and repeated up to what was captured; left out refunds what is left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { action, partnerHeaders, reserved } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments/{orderId}/refund', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refunds in parts, then the rest, and nothing more', async () => {
    const h = await partnerHeaders(t);
    const orderId = await reserved(t, h);
    await action(t, h, orderId, 'capture', 12000, 'c1');
    const first = await action(t, h, orderId, 'refund', 2000, 'r1');
    expect(first.json()).toMatchObject({ orderId, transaction: { amount: 2000, status: 'Refund', transactionText: 'refund text' }, transactionSummary: { capturedAmount: 12000, refundedAmount: 2000, remainingAmountToRefund: 10000, remainingAmountToCapture: 8000 } });
    const rest = await action(t, h, orderId, 'refund', undefined, 'r2');
    expect(rest.json().transaction.amount).toBe(10000);
    expect(rest.json().transactionSummary.remainingAmountToRefund).toBe(0);
    expect((await action(t, h, orderId, 'refund', 1, 'r3')).statusCode).toBe(400);
  });
});
