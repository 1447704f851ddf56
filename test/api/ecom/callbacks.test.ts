// Callbacks get one attempt (the guide: they are not retried; the shop polls /details), and a
// failing or silent shop endpoint changes nothing about the order or other shops' callbacks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';
import { action, details, drain, initiate, initiateBody, MSN, partnerHeaders, payer } from '../../support/ecom.js';

describe('eCom callbacks', () => {
  let t: TestApp;
  let slow: Receiver;
  let good: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
    slow = await startReceiver();
    good = await startReceiver();
  });
  afterAll(async () => {
    await t.close();
    await slow.close();
    await good.close();
  });

  it('a shop answering 500 gets exactly one attempt; the order is right when polled', async () => {
    const h = await partnerHeaders(t);
    good.answers = [500];
    const { orderId } = await initiate(t, h, initiateBody({ callbackPrefix: good.url('/fail') }));
    await payer(t, MSN, orderId, 'approve');
    await drain(t);
    await drain(t);
    expect(good.received.filter((r) => r.path === `/fail/v2/payments/${orderId}`)).toHaveLength(1);
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('RESERVE');
  });

  it('a shop that never answers does not hold up the order or another shop\'s callback', async () => {
    const h = await partnerHeaders(t);
    slow.hang = true;
    const a = await initiate(t, h, initiateBody({ callbackPrefix: slow.url('/slow') }));
    const b = await initiate(t, h, initiateBody({ callbackPrefix: good.url('/ok') }));
    await payer(t, MSN, a.orderId, 'approve');
    await payer(t, MSN, b.orderId, 'approve');
    // While the silent shop's callback waits, the order can be captured.
    const pending = drain(t);
    expect((await action(t, h, a.orderId, 'capture', null, 'c1')).statusCode).toBe(200);
    await pending;
    expect(good.received.some((r) => r.path === `/ok/v2/payments/${b.orderId}`)).toBe(true);
    expect(slow.received.some((r) => r.path === `/slow/v2/payments/${a.orderId}`)).toBe(true);
    expect((await details(t, h, a.orderId)).json().transactionSummary.capturedAmount).toBe(20000);
    slow.hang = false;
  });

  it('a shop that never answers many callbacks holds only its own few delivery slots: another shop\'s callback goes out at once', async () => {
    const h = await partnerHeaders(t);
    const silent = await startReceiver();
    silent.hang = true;
    const stuck: string[] = [];
    for (let i = 0; i < 12; i++) stuck.push((await initiate(t, h, initiateBody({ callbackPrefix: silent.url('/silent') }))).orderId);
    const b = await initiate(t, h, initiateBody({ callbackPrefix: good.url('/other') }));
    for (const orderId of stuck) await payer(t, MSN, orderId, 'approve');
    await payer(t, MSN, b.orderId, 'approve');
    const pass = drain(t);
    await expect.poll(() => good.received.some((r) => r.path === `/other/v2/payments/${b.orderId}`), { timeout: 2_500 }).toBe(true);
    // The silent shop was sent no more than its share while it did not answer.
    expect(silent.received.length).toBeLessThanOrEqual(5);
    await silent.close();
    await pass;
    expect((await details(t, h, stuck[0]!)).json().transactionSummary.remainingAmountToCapture).toBeGreaterThan(0);
  });
});
