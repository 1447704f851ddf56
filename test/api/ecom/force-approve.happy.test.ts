// Force approve (test mode): approves a regular order without the app, as the payer the
// merchant named or the one in the body; the callback follows as for an app approval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { details, drain, initiate, initiateBody, merchantHeaders } from '../../support/ecom.js';

describe('POST /ecomm/v2/integration-test/payments/{orderId}/approve', () => {
  let t: TestApp;
  let shop: Receiver;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
    shop = await startReceiver();
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  it('approves with the token of the url and the phone number of the body', async () => {
    const h = await merchantHeaders(t);
    const { orderId, res } = await initiate(t, h, initiateBody({ msn: DEMO.units.noPartner, callbackPrefix: shop.url('/cb'), customerInfo: { mobileNumber: undefined } }));
    const token = new URL(res.url).searchParams.get('token')!;
    const ok = await t.inject({ method: 'POST', url: `/ecomm/v2/integration-test/payments/${orderId}/approve`, headers: h, payload: { customerPhoneNumber: '91234567', token } });
    expect(ok.statusCode).toBe(200);
    await drain(t);
    expect(shop.received[0]!.json).toMatchObject({ orderId, transactionInfo: { status: 'RESERVED' } });
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('RESERVE');
  });

  it('approves without a body as the customer the merchant named', async () => {
    const h = await merchantHeaders(t);
    const { orderId } = await initiate(t, h, initiateBody({ msn: DEMO.units.noPartner }));
    expect((await t.inject({ method: 'POST', url: `/ecomm/v2/integration-test/payments/${orderId}/approve`, headers: h })).statusCode).toBe(200);
  });
});
