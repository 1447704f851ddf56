// The payer's card decides a reservation: each failing card outcome of the world's payers
// gives its own Payment error (41–45) to force approve, a failed RESERVE in /details,
// FAILED in /status and RESERVE_FAILED with errorInfo in the callback, and the order
// still waits for the payer. A limited balance refuses what it does not cover (43).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { details, drain, firstError, initiate, initiateBody, merchantHeaders, PAYER_MOBILE } from '../../support/ecom.js';
import { CARD_PAYERS, ECOM_WORLD, LIMITED_PAYER } from '../../support/ecom-world.js';

const MSN = DEMO.units.noPartner;

describe('eCom: a card that refuses the reservation', () => {
  let t: TestApp;
  let shop: Receiver;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ world: ECOM_WORLD, config: { mode: 'test' } });
    shop = await startReceiver();
    h = await merchantHeaders(t);
  });
  afterAll(async () => {
    await t.close();
    await shop.close();
  });

  const order = async (amount = 20000) => (await initiate(t, h, initiateBody({ msn: MSN, callbackPrefix: shop.url('/cb'), customerInfo: { mobileNumber: undefined }, transaction: { amount } }))).orderId;
  const forceApprove = (orderId: string, customerPhoneNumber: string) =>
    t.inject({ method: 'POST', url: `/ecomm/v2/integration-test/payments/${orderId}/approve`, headers: h, payload: { customerPhoneNumber } });

  const cases = [
    ['profile_deleted', '41'],
    ['card_blocked', '42'],
    ['insufficient_funds', '43'],
    ['card_expired', '44'],
    ['technical_error', '45'],
  ] as const;

  for (const [outcome, code] of cases) {
    it(`${outcome}: Payment ${code}, a failed RESERVE, FAILED, RESERVE_FAILED; the order still waits`, async () => {
      const orderId = await order();
      const refused = await forceApprove(orderId, CARD_PAYERS[outcome]);
      expect(refused.statusCode).toBe(400);
      expect(firstError(refused)).toMatchObject({ errorGroup: 'Payment', errorCode: code });

      const log = (await details(t, h, orderId)).json().transactionLogHistory;
      expect(log.map((e: { operation: string; operationSuccess: boolean }) => [e.operation, e.operationSuccess])).toEqual([['RESERVE', false], ['INITIATE', true]]);
      const status = await t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/status`, headers: h });
      expect(status.json().transactionInfo.status).toBe('FAILED');
      await drain(t);
      const cb = shop.received.find((r) => r.path === `/cb/v2/payments/${orderId}`)!;
      expect(cb.json).toMatchObject({ orderId, transactionInfo: { amount: 20000, status: 'RESERVE_FAILED' }, errorInfo: { errorGroup: 'Payment', errorCode: code } });
      expect(cb.json.userDetails).toBeUndefined();

      // Another card (here: another payer) can still pay the same order.
      expect((await forceApprove(orderId, PAYER_MOBILE)).statusCode).toBe(200);
      const after = (await details(t, h, orderId)).json();
      expect(after.transactionLogHistory.map((e: { operation: string; operationSuccess: boolean }) => [e.operation, e.operationSuccess])).toEqual([['RESERVE', true], ['RESERVE', false], ['INITIATE', true]]);
      expect(after.transactionSummary.remainingAmountToCapture).toBe(20000);
    });
  }

  it('a balance of 150 NOK pays 100 NOK once and refuses 200 NOK and the second 100 NOK (43)', async () => {
    const big = await order(20000);
    expect(firstError(await forceApprove(big, LIMITED_PAYER)).errorCode).toBe('43');
    const first = await order(10000);
    expect((await forceApprove(first, LIMITED_PAYER)).statusCode).toBe(200);
    const second = await order(10000);
    expect(firstError(await forceApprove(second, LIMITED_PAYER)).errorCode).toBe('43');
  });

  it('the ePayment face logs the failed authorisation as unsuccessful and the payment stays CREATED', async () => {
    const orderId = await order();
    await forceApprove(orderId, CARD_PAYERS.card_expired);
    const p = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}`, headers: h })).json();
    expect(p.state).toBe('CREATED');
    const events = (await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}/events`, headers: h })).json();
    expect(events.map((e: { name: string; success: boolean }) => [e.name, e.success])).toEqual([['CREATED', true], ['AUTHORIZED', false]]);
  });

  it("the payer's app shows the refusal and keeps the order open", async () => {
    const orderId = await order();
    const shown = (await t.inject({ method: 'GET', url: `/_sim/ecom/${MSN}/${orderId}` })).json();
    const approve = await t.inject({ method: 'POST', url: `/_sim/ecom/${MSN}/${orderId}/approve`, payload: { phoneNumber: `47${CARD_PAYERS.card_blocked}` } });
    expect(approve.statusCode).toBe(400);
    expect(approve.body).toContain('refused');
    expect((await t.inject({ method: 'GET', url: `/_sim/ecom/${MSN}/${orderId}` })).json().state).toBe(shown.state);
  });
});
