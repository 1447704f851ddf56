// Refund refusals with eCom's codes; none of them moves money.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { freshAuth } from '../../support/payments.js';
import { action, cancel, details, firstError, initiate, partnerHeaders, payer, reserved, MSN } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments/{orderId}/refund: errors', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    h = await partnerHeaders(t);
  });
  afterAll(() => t.close());

  it('a reserved, uncaptured order: Payment 72', async () => {
    const orderId = await reserved(t, h);
    const res = await action(t, h, orderId, 'refund', 1000, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '72' });
  });

  it('a cancelled order: Payment 73', async () => {
    const { orderId } = await initiate(t, h);
    await payer(t, MSN, orderId, 'reject');
    const res = await action(t, h, orderId, 'refund', 1000, 'r1');
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '73' });
    const voided = await reserved(t, h);
    await cancel(t, h, voided);
    expect(firstError(await action(t, h, voided, 'refund', 1000, 'r1'))).toMatchObject({ errorGroup: 'Payment', errorCode: '73' });
  });

  it('more than is captured: Payment 71, nothing refunded', async () => {
    const orderId = await reserved(t, h);
    await action(t, h, orderId, 'capture', 5000, 'c1');
    const res = await action(t, h, orderId, 'refund', 5001, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '71' });
    expect((await details(t, h, orderId)).json().transactionSummary.refundedAmount).toBe(0);
  });

  it('the same X-Request-Id with another amount: VippsError 93', async () => {
    const orderId = await reserved(t, h);
    await action(t, h, orderId, 'capture', null, 'c1');
    expect((await action(t, h, orderId, 'refund', 1000, 'same')).statusCode).toBe(200);
    expect(firstError(await action(t, h, orderId, 'refund', 1500, 'same'))).toMatchObject({ errorGroup: 'VippsError', errorCode: '93' });
  });

  it('after 365 days: Payment 95', async () => {
    const orderId = await reserved(t, h);
    await action(t, h, orderId, 'capture', null, 'c1');
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 366 * 86_400 } });
    const res = await action(t, await freshAuth(t, DEMO.partnerKeys, MSN), orderId, 'refund', 1000, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '95' });
  });
});
