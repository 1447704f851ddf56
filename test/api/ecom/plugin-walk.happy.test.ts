// A plugin's whole walk with partner keys: initiate → the payer approves in the app
// simulation → the callback arrives with the authToken → capture → refund → details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { action, details, drain, initiate, initiateBody, MSN, partnerHeaders, payer } from '../../support/ecom.js';

describe('eCom v2 plugin walk (partner keys)', () => {
  let t: TestApp;
  let merchant: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
    merchant = await startReceiver();
  });
  afterAll(async () => {
    await t.close();
    await merchant.close();
  });

  it('initiates, is approved, calls back with the authToken, captures, refunds and shows the history', async () => {
    const h = await partnerHeaders(t);
    const body = initiateBody({ callbackPrefix: merchant.url('/vipps') });
    const { orderId, res } = await initiate(t, h, body);
    expect(res.orderId).toBe(orderId);
    expect(res.url).toMatch(/^http:\/\/vpp\.test\/app\/ecom\?token=/);

    // Nothing is called back before the payer acts.
    await drain(t);
    expect(merchant.received).toHaveLength(0);

    await payer(t, MSN, orderId, 'approve');
    await drain(t);
    expect(merchant.received).toHaveLength(1);
    const cb = merchant.received[0]!;
    expect(cb.path).toBe(`/vipps/v2/payments/${orderId}`);
    expect(cb.headers.authorization).toBe('secret-callback-token-123');
    expect(cb.json).toMatchObject({ merchantSerialNumber: MSN, orderId, transactionInfo: { amount: 20000, status: 'RESERVED' } });
    expect((cb.json.transactionInfo as { transactionId: string }).transactionId).toMatch(/^\d{10,}$/);

    const cap = await action(t, h, orderId, 'capture', 5000, 'cap-1');
    expect(cap.statusCode).toBe(200);
    expect(cap.json()).toMatchObject({ orderId, transactionInfo: { amount: 5000, status: 'Captured', transactionText: 'capture text' }, transactionSummary: { capturedAmount: 5000, remainingAmountToCapture: 15000, refundedAmount: 0, remainingAmountToRefund: 5000 } });
    const cap2 = await action(t, h, orderId, 'capture', null, 'cap-2');
    expect(cap2.json().transactionSummary).toMatchObject({ capturedAmount: 20000, remainingAmountToCapture: 0 });

    const ref = await action(t, h, orderId, 'refund', 3000, 'ref-1');
    expect(ref.statusCode).toBe(200);
    expect(ref.json()).toMatchObject({ orderId, transaction: { amount: 3000, status: 'Refund' }, transactionSummary: { refundedAmount: 3000, remainingAmountToRefund: 17000 } });

    const d = await details(t, h, orderId);
    expect(d.statusCode).toBe(200);
    const history = d.json().transactionLogHistory as { operation: string; amount: number; requestId: string; transactionText: string; operationSuccess: boolean }[];
    expect(history.map((e) => [e.operation, e.amount, e.requestId])).toEqual([
      ['REFUND', 3000, 'ref-1'],
      ['CAPTURE', 15000, 'cap-2'],
      ['CAPTURE', 5000, 'cap-1'],
      ['RESERVE', 20000, ''],
      ['INITIATE', 20000, ''],
    ]);
    expect(history[4]!.transactionText).toBe('One pair of socks');
    expect(history.every((e) => e.operationSuccess)).toBe(true);
    expect(d.json().transactionSummary).toEqual({ capturedAmount: 20000, refundedAmount: 3000, remainingAmountToCapture: 0, remainingAmountToRefund: 17000 });

    // The same payment through ePayment: one engine.
    const ep = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${orderId}`, headers: h });
    expect(ep.json()).toMatchObject({ state: 'AUTHORIZED', aggregate: { capturedAmount: { value: 20000 }, refundedAmount: { value: 3000 } } });

    // The deprecated status shows the last transaction.
    const st = await t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/status`, headers: h });
    expect(st.json()).toMatchObject({ orderId, transactionInfo: { status: 'REFUND' } });
  });

  it('a capture retried with the same X-Request-Id moves the money once', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h);
    await payer(t, MSN, orderId, 'approve');
    const a = await action(t, h, orderId, 'capture', 1000, 'same-id');
    const b = await action(t, h, orderId, 'capture', 1000, 'same-id');
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
    const d = await details(t, h, orderId);
    expect(d.json().transactionSummary.capturedAmount).toBe(1000);
  });

  it('a rejected order calls back CANCELLED; the authToken never appears in the logs', async () => {
    const h = await partnerHeaders(t);
    const { orderId } = await initiate(t, h, initiateBody({ callbackPrefix: merchant.url('/r') }));
    await payer(t, MSN, orderId, 'reject');
    await drain(t);
    const cb = merchant.received.find((r) => r.path === `/r/v2/payments/${orderId}`)!;
    expect(cb.json).toMatchObject({ orderId, transactionInfo: { status: 'CANCELLED' } });
    const d = await details(t, h, orderId);
    expect(d.json().transactionLogHistory.map((e: { operation: string }) => e.operation)).toEqual(['CANCEL', 'INITIATE']);
    expect(d.json().transactionSummary).toBeUndefined();
    expect(t.logs.join('\n')).not.toContain('secret-callback-token-123');
  });
});
