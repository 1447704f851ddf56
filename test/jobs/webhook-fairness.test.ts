// One merchant's receiver that never answers must not hold up another merchant's webhooks,
// and stopping the worker gives the stuck deliveries back instead of failing them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_PER_RECEIVER } from '../../src/jobs/payment-jobs.js';
import { findOutboxMessage } from '../../src/store/outbox-repo.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { create, freshAuth } from '../support/payments.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

const CREATED = ['epayments.payment.created.v1'];

describe('webhook delivery with a receiver that hangs', () => {
  let t: TestApp;
  let stuck: Receiver;
  let healthy: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
    stuck = await startReceiver();
    stuck.hang = true;
    healthy = await startReceiver();
  });
  afterAll(async () => {
    await t?.rt.outbox.stop();
    await stuck?.close();
    await healthy?.close();
    await t?.close();
  });

  const register = async (headers: Record<string, string>, url: string) => {
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers, payload: { url, events: CREATED } });
    expect(res.statusCode).toBe(201);
  };

  it("delivers another merchant's webhook while the hanging receiver holds only its own few slots; stopping gives those back", async () => {
    const slow = DEMO.units.noPartner;
    const fast = DEMO.units.partnerNett;
    await register(await freshAuth(t, DEMO.merchantKeys, slow), stuck.url());
    await register(await freshAuth(t, DEMO.partnerKeys, fast), healthy.url());
    for (let i = 0; i < 25; i++) await create(t, await freshAuth(t, DEMO.merchantKeys, slow));
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, fast));

    t.rt.outbox.start();
    await expect.poll(() => healthy.received.length, { timeout: 30_000, interval: 20 }).toBe(1);
    expect(healthy.received[0]!.json.reference).toBe(reference);
    // The hanging receiver has been sent no more than its cap, and has answered none.
    expect(stuck.received.length).toBeLessThanOrEqual(WEBHOOK_PER_RECEIVER);
    expect(stuck.received.length).toBeGreaterThan(0);

    // Stopping cuts the hanging deliveries off and gives them back, with no attempt counted.
    await t.rt.outbox.stop();
    expect(t.rt.outbox.inFlight).toBe(0);
    const rows = await t.rt.store.db.selectFrom('outbox').selectAll().where('topic', '=', 'webhook').where('status', '=', 'pending').execute();
    expect(rows.length).toBe(25);
    for (const r of rows) {
      const m = await findOutboxMessage(t.rt.store.db, Number(r.id));
      expect({ lockedBy: m?.locked_by, attempts: Number(m?.attempts) }).toEqual({ lockedBy: null, attempts: 0 });
    }
    const attempts = await t.rt.store.db.selectFrom('webhook_attempts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(1); // the healthy receiver's only
  }, 60_000);
});
