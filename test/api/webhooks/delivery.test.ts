import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { webhookHandler } from '../../../src/jobs/payment-jobs.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, create, freshAuth, payerDecides } from '../../support/payments.js';
import { startReceiver, verifySignature, type Receiver } from '../../support/receiver.js';

const ALL = ['created', 'authorized', 'captured', 'refunded', 'cancelled', 'aborted', 'expired', 'terminated'].map((e) => `epayments.payment.${e}.v1`);

describe('webhook deliveries', () => {
  let t: TestApp;
  let rx: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    rx = await startReceiver();
  });
  afterEach(() => rx.close());

  /** Runs the outbox until nothing is due. */
  const drain = async () => {
    while ((await t.rt.outbox.runOnce()) > 0);
  };
  const advance = (seconds: number) => t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: seconds } });
  async function register(headers: Record<string, string>, events = ALL, path = '/hook?shop=1') {
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers, payload: { url: rx.url(path), events } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string };
  }
  const deliveries = async (reference: string, webhookId?: string) =>
    (await t.inject({ method: 'GET', url: `/_sim/webhooks/deliveries?reference=${reference}${webhookId ? `&webhookId=${webhookId}` : ''}` })).json().deliveries;

  it('delivers each event, signed as documented, in order, with the documented payload', async () => {
    const unit = DEMO.units.partnerNett;
    const hook = await register(await freshAuth(t, DEMO.partnerKeys, unit));
    const headers = await freshAuth(t, DEMO.partnerKeys, unit);
    const { reference } = await create(t, headers);
    await payerDecides(t, unit, reference, 'approve');
    const capture = await adjust(t, await freshAuth(t, DEMO.partnerKeys, unit), reference, 'capture', 400);
    await drain();

    const mine = rx.received.filter((r) => r.json.reference === reference);
    expect(mine.map((r) => r.json.name)).toEqual(['CREATED', 'AUTHORIZED', 'CAPTURED']);
    for (const r of mine) {
      expect(r.path).toBe('/hook?shop=1');
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers.authorization).toMatch(/^HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=[\w+/]+=*$/);
      expect(verifySignature(r, hook.secret, rx.url('/hook?shop=1'))).toBe(true);
      expect(verifySignature(r, 'another secret', rx.url('/hook?shop=1'))).toBe(false);
    }
    expect(mine[0]!.json).toEqual({
      msn: unit,
      reference,
      pspReference: expect.any(String),
      name: 'CREATED',
      amount: { currency: 'NOK', value: 1000 },
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      idempotencyKey: headers['idempotency-key'],
      success: true,
    });
    expect(mine[2]!.json).toMatchObject({ name: 'CAPTURED', amount: { value: 400 }, pspReference: capture.json().pspReference });
    // Each delivery names its event's stable id, the same one the simulation API shows.
    const events = (await t.inject({ method: 'GET', url: `/_sim/payments/${unit}/${reference}` })).json().events;
    expect(mine.map((r) => r.headers['x-vpp-event-id'])).toEqual(events.map((e: { eventId: string }) => e.eventId));
    expect((await deliveries(reference, hook.id)).every((d: { status: string }) => d.status === 'delivered')).toBe(true);
  });

  it('only the events a webhook asked for; a partner\'s own webhook hears every unit of the partner', async () => {
    await register(await freshAuth(t, DEMO.partnerKeys), ['epayments.payment.aborted.v1'], '/partner');
    const a = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett));
    const b = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe));
    await payerDecides(t, DEMO.units.partnerNett, a.reference, 'reject');
    await payerDecides(t, DEMO.units.partnerKafe, b.reference, 'reject');
    await drain();
    // Different payments are independent: their order between each other is not fixed.
    const got = rx.received.filter((r) => r.path === '/partner').map((r) => [r.json.msn, r.json.reference, r.json.name]);
    expect(got.sort()).toEqual([
      [DEMO.units.partnerNett, a.reference, 'ABORTED'],
      [DEMO.units.partnerKafe, b.reference, 'ABORTED'],
    ]);
  });

  it('retries a failed delivery with backoff, and holds back that payment\'s later events until it succeeds', async () => {
    const unit = DEMO.units.partnerKafe;
    const retry = await register(await freshAuth(t, DEMO.partnerKeys, unit), ALL, '/retry');
    rx.answers = [500, 503];
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, unit));
    await payerDecides(t, unit, reference, 'approve');
    await drain();
    expect(rx.received.map((r) => r.json.name)).toEqual(['CREATED']); // AUTHORIZED waits behind it

    await drain(); // not due yet: nothing new
    expect(rx.received).toHaveLength(1);
    await advance(1.5);
    await drain();
    expect(rx.received.map((r) => r.json.name)).toEqual(['CREATED', 'CREATED']);
    await advance(2.5);
    await drain();
    expect(rx.received.map((r) => r.json.name)).toEqual(['CREATED', 'CREATED', 'CREATED', 'AUTHORIZED']);
    const [created] = (await deliveries(reference, retry.id)).filter((d: { eventType: string }) => d.eventType.endsWith('created.v1'));
    expect(created.status).toBe('delivered');
    expect(created.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 503, 200]);
    expect(created.attempts[0].responseExcerpt).toBe('not now (500)');
    expect(created.attempts[0].error).toContain('HTTP 500');
  });

  it('a receiver that does not answer in time is retried like an error', async () => {
    t.rt.outbox.register('webhook', webhookHandler(t.rt, { timeoutMs: 200 }));
    try {
      const unit = DEMO.units.partnerNett;
      const slow = await register(await freshAuth(t, DEMO.partnerKeys, unit), ['epayments.payment.created.v1'], '/slow');
      rx.hang = true;
      const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, unit));
      await drain();
      const [d] = await deliveries(reference, slow.id);
      expect(d.status).toBe('pending');
      expect(d.attempts[0]).toMatchObject({ statusCode: null, error: expect.stringContaining('no complete answer within 200 ms') });
      rx.hang = false;
      t.rt.outbox.register('webhook', webhookHandler(t.rt)); // the usual deadline for the retry
      await advance(2);
      await drain();
      expect((await deliveries(reference, slow.id))[0].status).toBe('delivered');
    } finally {
      t.rt.outbox.register('webhook', webhookHandler(t.rt));
    }
  });

  it('a webhook deleted before its delivery is not called; deliveries stop after 7 days of failures', async () => {
    const unit = DEMO.units.noPartner;
    const deleted = await register(await freshAuth(t, DEMO.merchantKeys), ['epayments.payment.created.v1'], '/deleted');
    const first = await create(t, await freshAuth(t, DEMO.merchantKeys));
    expect((await t.inject({ method: 'DELETE', url: `/webhooks/v1/webhooks/${deleted.id}`, headers: await freshAuth(t, DEMO.merchantKeys) })).statusCode).toBe(204);
    await drain();
    expect(rx.received.filter((r) => r.path === '/deleted')).toHaveLength(0);
    expect((await deliveries(first.reference, deleted.id))[0].status).toBe('dropped');

    const down = await register(await freshAuth(t, DEMO.merchantKeys, unit), ['epayments.payment.created.v1'], '/down');
    rx.answers = Array(100).fill(500);
    const second = await create(t, await freshAuth(t, DEMO.merchantKeys));
    await drain();
    await advance(7 * 86_400);
    await drain();
    const [d] = await deliveries(second.reference, down.id);
    expect(d.status).toBe('failed');
    const row = await t.rt.store.db.selectFrom('outbox').select(['status']).where('payload', 'like', `%${d.id}%`).executeTakeFirstOrThrow();
    expect(row.status).toBe('dead');
  });
});
