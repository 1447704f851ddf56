// A crash between a payment change and its webhook delivery loses nothing: vpp is killed
// (SIGKILL) while the delivery waits in the outbox, started again, and the receiver gets it.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORE } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { startReceiver, verifySignature, type Receiver } from '../support/receiver.js';
import { client, freshStore, startVpp, type VppProcess } from '../support/vpp-process.js';

describe(`crash recovery (${STORE}, real vpp processes)`, () => {
  let store: Awaited<ReturnType<typeof freshStore>>;
  let rx: Receiver;
  let running: VppProcess | undefined;
  const masterKey = randomBytes(32).toString('hex');

  beforeAll(async () => {
    store = await freshStore();
    rx = await startReceiver();
  });
  afterAll(async () => {
    await running?.kill('SIGTERM');
    await rx.close();
    await store.dispose();
  });

  it('a payment change acknowledged before SIGKILL is delivered by webhook after the restart', async () => {
    // First life: no worker, so deliveries stay in the outbox.
    running = await startVpp({ ...store, masterKey, extraArgs: ['--no-worker'] });
    const api = client(running.baseUrl);
    const auth = { authorization: `Bearer ${await api.token(DEMO.partnerKeys)}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': DEMO.units.partnerNett };
    const hook = await api.call('POST', '/webhooks/v1/webhooks', auth, { url: rx.url('/after-crash'), events: ['epayments.payment.created.v1', 'epayments.payment.authorized.v1'] });
    expect(hook.status).toBe(201);
    const reference = `crash-${randomUUID()}`;
    const created = await api.call('POST', '/epayment/v1/payments', { ...auth, 'idempotency-key': randomUUID() }, {
      amount: { currency: 'NOK', value: 5000 },
      paymentMethod: { type: 'WALLET' },
      reference,
      userFlow: 'PUSH_MESSAGE',
      customer: { phoneNumber: '4791234567' },
    });
    expect(created.status).toBe(201);
    expect((await api.call('POST', `/_sim/payments/${DEMO.units.partnerNett}/${reference}/approve`, {}, {})).status).toBe(200);
    const pending = (await api.call('GET', `/_sim/webhooks/deliveries?reference=${reference}`, {})).json.deliveries;
    expect(pending.map((d: { status: string }) => d.status)).toEqual(['pending', 'pending']);

    await running.kill('SIGKILL');
    expect(rx.received).toHaveLength(0);

    // Second life, with the worker.
    running = await startVpp({ ...store, masterKey });
    for (let waited = 0; rx.received.length < 2 && waited < 30_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(rx.received.map((r) => r.json.name)).toEqual(['CREATED', 'AUTHORIZED']);
    for (const r of rx.received) {
      expect(r.json.reference).toBe(reference);
      expect(verifySignature(r, hook.json.secret, rx.url('/after-crash'))).toBe(true);
    }
    const api2 = client(running.baseUrl);
    const auth2 = { ...auth, authorization: `Bearer ${await api2.token(DEMO.partnerKeys)}` };
    const payment = await api2.call('GET', `/epayment/v1/payments/${reference}`, auth2);
    expect(payment.json).toMatchObject({ state: 'AUTHORIZED', aggregate: { authorizedAmount: { value: 5000 } } });
    for (let waited = 0; waited < 10_000; waited += 50) {
      const ds = (await api2.call('GET', `/_sim/webhooks/deliveries?reference=${reference}`, {})).json.deliveries;
      if (ds.every((d: { status: string }) => d.status === 'delivered')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = (await api2.call('GET', `/_sim/webhooks/deliveries?reference=${reference}`, {})).json.deliveries;
    expect(done.map((d: { status: string }) => d.status)).toEqual(['delivered', 'delivered']);
  });
});
