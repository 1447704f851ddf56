// A partner whose recorded traffic misses each ePayment item judged from traffic.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import type { KeyCreds } from '../../support/demo.js';
import { becomePartner, partnerKeysFromPortal, TINDESPORT } from '../../support/partner-journey.js';
import { freshAuth, payerDecides, paymentBody } from '../../support/payments.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';

interface Item { key: string; state: string; evidence: string; references: string[] }

describe('ePayment checklist: traffic that misses each item', () => {
  let t: TestApp;
  let rx: Receiver;
  let partnerId: string;
  let msn: string;
  let creds: KeyCreds;
  let early: string;
  let unpolled: string;

  const verdicts = async () => {
    await t.rt.requestLog.flush();
    const res = await t.inject({ method: 'GET', url: `/integration-checklists/v1/partners/${partnerId}/checklists?api=epayment`, headers: await freshAuth(t, creds) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { allMet: boolean; checklists: { allMet: boolean; items: Item[] }[] };
  };
  const item = (v: Awaited<ReturnType<typeof verdicts>>, key: string) => v.checklists[0]!.items.find((i) => i.key === key)!;

  beforeAll(async () => {
    t = await startTestApp();
    rx = await startReceiver();
    ({ partnerId, msn } = await becomePartner(t, TINDESPORT, 'Partner Plus'));
    creds = await partnerKeysFromPortal(t, TINDESPORT, 'partner');
    const auth = () => t.auth(creds, msn);

    // A webhook whose receiver always fails: its deliveries are never answered 2xx.
    rx.answers = Array.from({ length: 50 }, () => 500);
    await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: { ...(await auth()), 'idempotency-key': randomUUID() }, payload: { url: rx.url(), events: ['epayments.payment.created.v1'] } });

    // Created without the system headers, then captured three times before the payer acted.
    const body = paymentBody();
    early = body.reference;
    expect((await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: { ...(await auth()), 'idempotency-key': randomUUID() }, payload: body })).statusCode).toBe(201);
    for (let i = 0; i < 3; i++) {
      const res = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${early}/capture`, headers: { ...(await auth()), 'idempotency-key': randomUUID() }, payload: { modificationAmount: { currency: 'NOK', value: 1000 } } });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    }
    // Authorized, and never read afterwards: the integration relied on the redirect.
    const second = paymentBody();
    unpolled = second.reference;
    await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: { ...(await auth()), 'idempotency-key': randomUUID(), 'vipps-system-name': 'tindekasse' }, payload: second });
    await payerDecides(t, msn, unpolled, 'approve');
    // A modifying call without an Idempotency-Key.
    await t.inject({ method: 'POST', url: `/epayment/v1/payments/${unpolled}/cancel`, headers: { ...(await auth()), 'vipps-system-name': 'tindekasse' } });

    // Every delivery attempt is answered 500; they are retried on the moved clock.
    for (let i = 0; i < 3; i++) {
      while ((await t.rt.outbox.runOnce()) > 0);
      await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 60 } });
    }
    expect(rx.received.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });

  it('says which calls lacked the system headers, as a share', async () => {
    expect(item(await verdicts(), 'system-headers')).toMatchObject({ state: 'not_yet', evidence: expect.stringMatching(/^\d+ of \d+ calls \(\d+(\.\d)?%\) sent/) });
  });

  it('counts a modifying call without an Idempotency-Key', async () => {
    expect(item(await verdicts(), 'idempotency-key')).toMatchObject({ state: 'not_yet', evidence: expect.stringMatching(/^(\d+) of (?!\1)\d+ modifying calls/) });
  });

  it('names the payment captured before it was authorized', async () => {
    expect(item(await verdicts(), 'captures-after-authorized')).toMatchObject({ state: 'not_yet', references: [early] });
  });

  it('names the authorized payment that was never read after authorization', async () => {
    expect(item(await verdicts(), 'polls-after-redirect')).toMatchObject({ state: 'not_yet', references: [unpolled] });
  });

  it('sees the error the integration kept repeating', async () => {
    expect(item(await verdicts(), 'repeated-errors')).toMatchObject({ state: 'not_yet', evidence: expect.stringContaining('POST /epayment/v1/payments/:reference/capture (3 times)') });
  });

  it('has no payment ending CAPTURED, REFUNDED, CANCELLED or ABORTED/EXPIRED, nor every endpoint used', async () => {
    const v = await verdicts();
    for (const key of ['ended-captured', 'ended-refunded', 'ended-aborted-or-expired', 'endpoints']) expect(item(v, key).state, key).toBe('not_yet');
    expect(item(v, 'endpoints').evidence).toContain('Get payment (GET /epayment/v1/payments/:reference)');
    expect(v.allMet).toBe(false);
  });

  it('sees webhook deliveries that were never answered 2xx', async () => {
    expect(item(await verdicts(), 'handles-webhooks')).toMatchObject({ state: 'not_yet', evidence: expect.stringMatching(/^0 delivered, 0 given up after retries, [1-9]\d* still retrying\.$/) });
  });

  it('sees deliveries given up after the retry window, and keeps its counts equal to the deliveries themselves', async () => {
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 8 * 24 * 3600 } });
    while ((await t.rt.outbox.runOnce()) > 0);
    const v = item(await verdicts(), 'handles-webhooks');
    expect(v).toMatchObject({ state: 'not_yet', evidence: expect.stringMatching(/^0 delivered, [1-9]\d* given up after retries, 0 still retrying\.$/) });
    const db = t.rt.store.db;
    const kept = await db.selectFrom('webhook_delivery_counts').select(['status', 'n']).where('msn', '=', msn).where('n', '!=', 0).orderBy('status').execute();
    const real = await db.selectFrom('webhook_deliveries').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).where('msn', '=', msn).groupBy('status').orderBy('status').execute();
    expect(kept.map((r) => [r.status, Number(r.n)])).toEqual(real.map((r) => [r.status, Number(r.n)]));
  });
});
