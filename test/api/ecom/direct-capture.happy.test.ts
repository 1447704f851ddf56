// A sales unit with direct capture: the payer's approval reserves and captures at once, a
// SALE in eCom's words (callback, details, status); the merchant refunds, and capture and
// cancel answer as for a fully captured order. The ePayment face shows the same payment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { action, cancel, details, drain, firstError, initiate, initiateBody, partnerHeaders, payer } from '../../support/ecom.js';
import { DIRECT_MSN, ECOM_WORLD } from '../../support/ecom-world.js';

describe('eCom on a unit with direct capture (SALE)', () => {
  let t: TestApp;
  let shop: Receiver;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ world: ECOM_WORLD });
    shop = await startReceiver();
    h = await partnerHeaders(t, DIRECT_MSN);
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  async function sold(over: Parameters<typeof initiateBody>[0] = {}) {
    const { orderId } = await initiate(t, h, initiateBody({ msn: DIRECT_MSN, callbackPrefix: shop.url('/cb'), ...over }));
    await payer(t, DIRECT_MSN, orderId, 'approve');
    await drain(t);
    return orderId;
  }

  it('approval is one SALE: callback SALE, the whole amount captured, status SALE', async () => {
    const orderId = await sold();
    expect(shop.received.find((r) => r.path === `/cb/v2/payments/${orderId}`)!.json).toMatchObject({ orderId, transactionInfo: { amount: 20000, status: 'SALE' } });
    const d = (await details(t, h, orderId)).json();
    expect(d.transactionLogHistory.map((e: { operation: string }) => e.operation)).toEqual(['SALE', 'INITIATE']);
    expect(d.transactionSummary).toEqual({ capturedAmount: 20000, refundedAmount: 0, remainingAmountToCapture: 0, remainingAmountToRefund: 20000 });
    const status = await t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/status`, headers: h });
    expect(status.json().transactionInfo.status).toBe('SALE');
  });

  it('an Express order on the unit calls back SALE too', async () => {
    const { orderId } = await initiate(t, h, initiateBody({
      msn: DIRECT_MSN,
      callbackPrefix: shop.url('/cbx'),
      merchantInfo: { paymentType: 'eComm Express Payment', consentRemovalPrefix: shop.url('/consent'), staticShippingDetails: [{ isDefault: 'Y', priority: 1, shippingCost: 49, shippingMethod: 'Posten', shippingMethodId: 'posten' }] },
    }));
    await payer(t, DIRECT_MSN, orderId, 'approve', { shippingMethodId: 'posten' });
    await drain(t);
    expect(shop.received.find((r) => r.path === `/cbx/v2/payments/${orderId}`)!.json.transactionInfo).toMatchObject({ amount: 24900, status: 'SALE' });
    expect((await details(t, h, orderId)).json().transactionSummary.capturedAmount).toBe(24900);
  });

  it('capture finds nothing left (Payment 61) and cancel refuses a captured order (Payment 51); refund works', async () => {
    const orderId = await sold();
    const capture = await action(t, h, orderId, 'capture', null, 'c1', DIRECT_MSN);
    expect(capture.statusCode).toBe(400);
    expect(firstError(capture)).toMatchObject({ errorGroup: 'Payment', errorCode: '61' });
    const cancelled = await cancel(t, h, orderId, undefined, DIRECT_MSN);
    expect(cancelled.statusCode).toBe(400);
    expect(firstError(cancelled)).toMatchObject({ errorGroup: 'Payment', errorCode: '51' });
    const refund = await action(t, h, orderId, 'refund', 5000, 'r1', DIRECT_MSN);
    expect(refund.statusCode).toBe(200);
    expect(refund.json().transactionSummary).toMatchObject({ capturedAmount: 20000, refundedAmount: 5000, remainingAmountToRefund: 15000 });
    const ops = (await details(t, h, orderId)).json().transactionLogHistory.map((e: { operation: string }) => e.operation);
    expect(ops).toEqual(['REFUND', 'SALE', 'INITIATE']);
  });

  it('before the payer acts, cancel ends the order as on any unit', async () => {
    const { orderId } = await initiate(t, h, initiateBody({ msn: DIRECT_MSN }));
    expect((await cancel(t, h, orderId, undefined, DIRECT_MSN)).statusCode).toBe(200);
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('CANCEL');
  });

  it('the ePayment face shows the same payment authorised and captured', async () => {
    const orderId = await sold();
    const p = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}`, headers: h });
    expect(p.statusCode).toBe(200);
    expect(p.json()).toMatchObject({ state: 'AUTHORIZED', aggregate: { authorizedAmount: { value: 20000 }, capturedAmount: { value: 20000 } } });
    const events = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}/events`, headers: h })).json();
    expect(events.map((e: { name: string }) => e.name)).toEqual(['CREATED', 'AUTHORIZED', 'CAPTURED']);
  });
});
