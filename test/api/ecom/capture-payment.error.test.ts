// Capture refusals with eCom's codes; none of them moves money.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { freshAuth } from '../../support/payments.js';
import { action, cancel, details, firstError, initiate, partnerHeaders, reserved, MSN } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments/{orderId}/capture: errors', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    h = await partnerHeaders(t);
  });
  afterAll(() => t.close());

  const captured = async (orderId: string) => (await details(t, h, orderId)).json().transactionSummary?.capturedAmount ?? 0;

  it('before the payer approves: Payment 62', async () => {
    const { orderId } = await initiate(t, h);
    const res = await action(t, h, orderId, 'capture', 1000, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '62' });
  });

  it('more than is reserved: Payment 61', async () => {
    const orderId = await reserved(t, h);
    const res = await action(t, h, orderId, 'capture', 20001, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '61' });
    expect(await captured(orderId)).toBe(0);
  });

  it('after a cancel: VippsError 91', async () => {
    const orderId = await reserved(t, h);
    expect((await cancel(t, h, orderId)).statusCode).toBe(200);
    const res = await action(t, h, orderId, 'capture', 1000, 'r1');
    expect(firstError(res)).toMatchObject({ errorGroup: 'VippsError', errorCode: '91' });
  });

  it('a partial capture without X-Request-Id is refused; the same X-Request-Id with another amount is VippsError 93', async () => {
    const orderId = await reserved(t, h);
    const noId = await action(t, h, orderId, 'capture', 1000);
    expect(noId.statusCode).toBe(400);
    expect(firstError(noId)).toMatchObject({ errorGroup: 'InvalidRequest', errorCode: 'X-Request-Id' });
    expect((await action(t, h, orderId, 'capture', 1000, 'one')).statusCode).toBe(200);
    const other = await action(t, h, orderId, 'capture', 2000, 'one');
    expect(other.statusCode).toBe(400);
    expect(firstError(other)).toMatchObject({ errorGroup: 'VippsError', errorCode: '93' });
    expect(await captured(orderId)).toBe(1000);
  });

  it('an unknown orderId: Merchant 35', async () => {
    const res = await action(t, h, 'no-such-order-1', 'capture', 1000, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Merchant', errorCode: '35' });
  });

  it('a body without transactionText names the field', async () => {
    const orderId = await reserved(t, h);
    const res = await t.inject({ method: 'POST', url: `/ecomm/v2/payments/${orderId}/capture`, headers: h, payload: { merchantInfo: { merchantSerialNumber: MSN }, transaction: { amount: 100 } } });
    expect(res.statusCode).toBe(400);
    expect(firstError(res).errorCode).toContain('transactionText');
  });

  it('after 180 days: Payment 98', async () => {
    const orderId = await reserved(t, h);
    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 181 * 86_400 } })).statusCode).toBe(200);
    // The moved clock expired the cached token.
    const res = await action(t, await freshAuth(t, DEMO.partnerKeys, MSN), orderId, 'capture', 1000, 'r1');
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '98' });
  });
});
