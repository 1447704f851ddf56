// /details shares the payer's details and sub when a scope was asked for; /status shows the
// last transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { details, initiate, initiateBody, MSN, partnerHeaders, payer } from '../../support/ecom.js';

describe('GET /ecomm/v2/payments/{orderId}/details and /status', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('before the payer acts: only INITIATE, no summary, status INITIATE', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h);
    const d = (await details(t, h, orderId)).json();
    expect(d).toEqual({ orderId, transactionLogHistory: [expect.objectContaining({ operation: 'INITIATE', requestId: '' })] });
    const st = (await t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/status`, headers: h })).json();
    expect(st).toMatchObject({ orderId, transactionInfo: { amount: 20000, status: 'INITIATE' } });
  });

  it('with a scope: sub and userDetails once approved', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h, initiateBody({ transaction: { scope: 'name email phoneNumber' } }));
    await payer(t, MSN, orderId, 'approve');
    const d = (await details(t, h, orderId)).json();
    expect(d.sub).toBeTruthy();
    expect(d.userDetails).toMatchObject({ firstName: 'Kari', lastName: 'Nordmann', mobileNumber: '91234567', userId: d.sub });
    expect(d.transactionSummary).toEqual({ capturedAmount: 0, refundedAmount: 0, remainingAmountToCapture: 20000, remainingAmountToRefund: 0 });
  });
});
