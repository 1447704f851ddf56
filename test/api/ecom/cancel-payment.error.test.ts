// Cancel refusals with eCom's codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { action, cancel, firstError, initiate, partnerHeaders, payer, reserved, MSN } from '../../support/ecom.js';

describe('PUT /ecomm/v2/payments/{orderId}/cancel: errors', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    h = await partnerHeaders(t);
  });
  afterAll(() => t.close());

  it('a captured order: Payment 51, also partly captured without shouldReleaseRemainingFunds', async () => {
    const full = await reserved(t, h);
    await action(t, h, full, 'capture', null, 'c1');
    const res = await cancel(t, h, full, true);
    expect(res.statusCode).toBe(400);
    expect(firstError(res)).toMatchObject({ errorGroup: 'Payment', errorCode: '51' });
    const part = await reserved(t, h);
    await action(t, h, part, 'capture', 1000, 'c1');
    expect(firstError(await cancel(t, h, part))).toMatchObject({ errorGroup: 'Payment', errorCode: '51' });
  });

  it('cancelled twice: VippsError 92', async () => {
    const orderId = await reserved(t, h);
    expect((await cancel(t, h, orderId)).statusCode).toBe(200);
    expect(firstError(await cancel(t, h, orderId))).toMatchObject({ errorGroup: 'VippsError', errorCode: '92' });
  });

  it('an order the payer rejected: Payment 52', async () => {
    const { orderId } = await initiate(t, h);
    await payer(t, MSN, orderId, 'reject');
    expect(firstError(await cancel(t, h, orderId))).toMatchObject({ errorGroup: 'Payment', errorCode: '52' });
  });

  it('an unknown orderId: Merchant 35', async () => {
    expect(firstError(await cancel(t, h, 'no-such-order-2'))).toMatchObject({ errorGroup: 'Merchant', errorCode: '35' });
  });
});
