// /details and /status of an unknown order; an order that timed out reads as such and
// tells the merchant REJECTED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { details, drain, firstError, initiate, initiateBody, MSN, partnerHeaders } from '../../support/ecom.js';
import { freshAuth } from '../../support/payments.js';

describe('GET /ecomm/v2/payments/{orderId}/details and /status: errors and timeouts', () => {
  let t: TestApp;
  let shop: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
    shop = await startReceiver();
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  it('an unknown orderId is Merchant 35 on both', async () => {
    const h = await partnerHeaders(t);
    for (const path of ['details', 'status']) {
      const res = await t.inject({ method: 'GET', url: `/ecomm/v2/payments/unknown-order-9/${path}`, headers: h });
      expect(res.statusCode).toBe(400);
      expect(firstError(res)).toMatchObject({ errorGroup: 'Merchant', errorCode: '35' });
      expect(firstError(res).errorMessage).toContain(MSN);
    }
  });

  it('an order nobody acted on times out: CANCEL in the log, REJECTED in the callback and status', async () => {
    const { orderId } = await initiate(t, await partnerHeaders(t), initiateBody({ callbackPrefix: shop.url('/cb') }));
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 11 * 60 } });
    const h = await freshAuth(t, DEMO.partnerKeys, MSN);
    const d = (await details(t, h, orderId)).json();
    expect(d.transactionLogHistory.map((e: { operation: string }) => e.operation)).toEqual(['CANCEL', 'INITIATE']);
    const st = (await t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/status`, headers: h })).json();
    expect(st.transactionInfo.status).toBe('REJECTED');
    await drain(t);
    expect(shop.received.find((r) => r.path === `/cb/v2/payments/${orderId}`)!.json).toMatchObject({ transactionInfo: { status: 'REJECTED' } });
  });
});
