// Captures: partial and repeated until nothing is left; amount left out, null or 0 takes
// what is left; merchant keys too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { action, merchantHeaders, partnerHeaders, reserved } from '../../support/ecom.js';

describe('POST /ecomm/v2/payments/{orderId}/capture', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('captures in three parts, then refuses a fourth', async () => {
    const h = await partnerHeaders(t);
    const orderId = await reserved(t, h);
    for (const [i, left] of [[1, 15000], [2, 10000], [3, 0]] as const) {
      const res = await action(t, h, orderId, 'capture', i === 3 ? 10000 : 5000, `part-${i}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().transactionSummary.remainingAmountToCapture).toBe(left);
    }
    expect((await action(t, h, orderId, 'capture', 100, 'part-4')).statusCode).toBe(400);
  });

  it('amount 0, null or left out captures everything that is left, without X-Request-Id', async () => {
    const h = await partnerHeaders(t);
    for (const amount of [0, null, undefined]) {
      const orderId = await reserved(t, h);
      const res = await action(t, h, orderId, 'capture', amount);
      expect(res.statusCode).toBe(200);
      expect(res.json().transactionInfo).toMatchObject({ amount: 20000, status: 'Captured' });
      expect(res.json().transactionInfo.transactionId).toMatch(/^\d{10,}$/);
    }
  });

  it('merchant keys capture their own unit\'s order', async () => {
    const h = await merchantHeaders(t);
    const orderId = await reserved(t, h, { msn: DEMO.units.noPartner });
    const res = await action(t, h, orderId, 'capture', null, 'm1', DEMO.units.noPartner);
    expect(res.statusCode).toBe(200);
  });
});
