// SIGTERM while a webhook delivery hangs: the process ends promptly and gives the delivery
// back, so the next start delivers it with no failed attempt on record.
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';
import { createPayment, nodeOf, type StoredDelivery } from '../support/cluster.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

describe('stopping with a delivery under way', () => {
  it('ends on SIGTERM without waiting for the receiver, and the next start delivers it once', async () => {
    const store = await freshStore();
    cleanup.push(store.dispose);
    const rx: Receiver = await startReceiver();
    cleanup.push(rx.close);
    rx.hang = true;
    const masterKey = randomBytes(32).toString('hex');
    const first = await startVpp({ ...store, masterKey });
    cleanup.push(() => first.kill('SIGKILL'));
    const a = nodeOf('a', first);
    const hook = await a.api.call('POST', '/webhooks/v1/webhooks', await a.auth(), { url: rx.url(), events: ['epayments.payment.created.v1'] });
    expect(hook.status).toBe(201);
    const reference = await createPayment(a, 1000);
    await expect.poll(() => rx.received.length, { timeout: 20_000, interval: 20 }).toBe(1);

    const t0 = performance.now();
    await first.kill('SIGTERM');
    console.log(`shutdown with a hanging delivery: ${Math.round(performance.now() - t0)} ms`);
    expect(first.proc.exitCode).toBe(0);

    rx.hang = false;
    const second: VppProcess = await startVpp({ ...store, masterKey });
    cleanup.push(() => second.kill('SIGKILL'));
    const b = nodeOf('b', second);
    const delivered = async () => {
      const res = await b.api.call('GET', `/_sim/webhooks/deliveries?reference=${reference}`, {});
      return (res.json.deliveries as StoredDelivery[])[0];
    };
    await expect.poll(async () => (await delivered())?.status, { timeout: 20_000, interval: 100 }).toBe('delivered');
    const d = (await delivered())!;
    // The cut-off attempt is not on record as the receiver's failure.
    expect(d.attempts.map((x) => x.statusCode)).toEqual([200]);
    expect(rx.received.filter((r) => r.json.reference === reference).length).toBe(2);
  }, 90_000);
});
