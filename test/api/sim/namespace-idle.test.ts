// An idle namespace sleeps: its background jobs (outbox, sweepers, the clock's follower) stop
// until its next request, so namespaces nobody uses cost nothing. Woken by a request, it
// delivers webhooks and does the work that came due while it slept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { inNamespace, NETT } from '../../support/namespaces.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';

describe('idle namespaces', () => {
  let t: TestApp;
  let receiver: Receiver;
  beforeAll(async () => {
    t = await startTestApp({ config: { worker: true } });
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });

  const namespaces = () => t.app.namespaces!;
  const make = async (name: string) => expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name } })).statusCode).toBe(201);
  const eventsFor = (reference: string) => receiver.received.filter((r) => r.json.reference === reference).map((r) => r.json.name);

  it('sleep when nobody uses them; a request wakes only its own namespace', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `idle-${i}`);
    for (const name of names) await make(name);
    // Every one was used just now (made): none sleeps yet under the real idle period.
    expect(await namespaces().sleepIdle()).toEqual(expect.arrayContaining(names));
    // Idle for as long as asked: all asleep.
    expect(await namespaces().sleepIdle(0)).toEqual([]);
    expect((await t.inject({ method: 'GET', url: '/ns/idle-3/_sim/clock' })).statusCode).toBe(200);
    expect(await namespaces().sleepIdle()).toEqual(['idle-3']);
  });

  it('woken by a request, a namespace delivers its webhooks', async () => {
    await make('wakes');
    const ns = inNamespace(t, 'wakes');
    const hook = await ns.inject('POST', '/webhooks/v1/webhooks', { url: receiver.url('/wakes'), events: ['epayments.payment.authorized.v1', 'epayments.payment.expired.v1'] }, await ns.auth());
    expect(hook.statusCode, hook.body).toBe(201);
    expect(await namespaces().sleepIdle(0)).toEqual([]);

    const paid = await ns.createPayment();
    expect((await ns.inject('POST', `/_sim/payments/${NETT}/${paid.reference}/approve`, { phoneNumber: '4791234567' })).statusCode).toBe(200);
    await expect.poll(() => eventsFor(paid.reference)).toContain('AUTHORIZED');
  });

  it('work that came due while it slept is done once it is used again', async () => {
    await make('due');
    const ns = inNamespace(t, 'due');
    const hook = await ns.inject('POST', '/webhooks/v1/webhooks', { url: receiver.url('/due'), events: ['epayments.payment.expired.v1'] }, await ns.auth());
    expect(hook.statusCode, hook.body).toBe(201);
    const waiting = await ns.createPayment();
    expect(await namespaces().sleepIdle(0)).toEqual([]);

    // Past the payer's 10 minutes on the namespace's clock: the request wakes it, and its
    // sweeper expires the payment nobody reads and tells the webhook.
    expect((await ns.inject('POST', '/_sim/clock', { advanceSeconds: 11 * 60 })).statusCode).toBe(200);
    await expect.poll(() => eventsFor(waiting.reference), { timeout: 10_000 }).toContain('EXPIRED');
  });
});
