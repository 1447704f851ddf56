// Cancelling: a pending order ends (CANCEL), a reservation is released (VOID), and after a
// partial capture shouldReleaseRemainingFunds releases the rest.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { action, cancel, details, initiate, partnerHeaders, reserved } from '../../support/ecom.js';

describe('PUT /ecomm/v2/payments/{orderId}/cancel', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    h = await partnerHeaders(t);
  });
  afterAll(() => t.close());

  const ops = async (orderId: string) => (await details(t, h, orderId)).json().transactionLogHistory.map((e: { operation: string }) => e.operation);

  it('a pending order is cancelled before the payer acts (CANCEL)', async () => {
    const { orderId } = await initiate(t, h);
    const res = await cancel(t, h, orderId);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ orderId, transactionInfo: { status: 'Cancelled', transactionText: 'No socks for you' } });
    expect(await ops(orderId)).toEqual(['CANCEL', 'INITIATE']);
    const late = await t.inject({ method: 'POST', url: `/_sim/ecom/212345/${orderId}/approve`, payload: { phoneNumber: '4791234567' } });
    expect(late.statusCode).toBe(409);
  });

  it('a reservation is released (VOID)', async () => {
    const orderId = await reserved(t, h);
    const res = await cancel(t, h, orderId);
    expect(res.json()).toMatchObject({ transactionInfo: { amount: 20000, status: 'Cancelled' }, transactionSummary: { capturedAmount: 0, remainingAmountToCapture: 0 } });
    expect(await ops(orderId)).toEqual(['VOID', 'RESERVE', 'INITIATE']);
  });

  it('after a partial capture, shouldReleaseRemainingFunds releases the rest', async () => {
    const orderId = await reserved(t, h);
    await action(t, h, orderId, 'capture', 10000, 'c1');
    const res = await cancel(t, h, orderId, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ transactionInfo: { amount: 10000 }, transactionSummary: { capturedAmount: 10000, remainingAmountToCapture: 0, remainingAmountToRefund: 10000 } });
    // What was captured can still be refunded.
    expect((await action(t, h, orderId, 'refund', null, 'r1')).statusCode).toBe(200);
  });
});
