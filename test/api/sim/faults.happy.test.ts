// Fault rules through the simulation API: an error status, latency, an injected 429, no
// answer (held or closed), each scoped by partner, MSN and endpoint, marked with
// X-Vpp-Fault and in the request log; webhook deliveries dropped, delayed and duplicated.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, authorized, create, freshAuth, partner } from '../../support/payments.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';

const unit = DEMO.units.partnerNett;
const other = DEMO.units.partnerKafe;

describe('fault rules for API requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  afterEach(async () => {
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
  });
  const addRule = async (rule: Record<string, unknown>) => {
    const res = await t.inject({ method: 'POST', url: '/_sim/faults', payload: rule });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string };
  };
  const logged = async (id: string) => {
    const res = await t.inject({ method: 'GET', url: '/_sim/requests?limit=1000' });
    return (res.json().requests as { id: string; status: number; fault: string | null }[]).find((r) => r.id === id);
  };

  it('answers 503 in the API’s format for the scoped unit and endpoint only, changes nothing, and marks it', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    const rule = await addRule({ kind: 'status', status: 503, msn: unit, method: 'POST', route: '/epayment/v1/payments/:reference/capture' });
    const res = await adjust(t, await partner(t), reference, 'capture', 500);
    expect(res.statusCode).toBe(503);
    expect(res.headers['x-vpp-fault']).toBe(`status 503; rule ${rule.id}`);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    expect(res.json().detail).toMatch(new RegExp(rule.id));
    // Nothing was captured; other endpoints and units are untouched.
    const got = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(t) });
    expect(got.statusCode).toBe(200);
    expect(got.headers['x-vpp-fault']).toBeUndefined();
    expect(got.json().aggregate.capturedAmount.value).toBe(0);
    const elsewhere = await authorized(t, () => partner(t, other), other, 1000);
    expect((await adjust(t, await partner(t, other), elsewhere, 'capture', 500)).statusCode).toBe(200);
    expect(await logged(res.headers['x-request-id'] as string)).toMatchObject({ status: 503, fault: `status 503; rule ${rule.id}` });
    const inspector = (await t.inject({ method: 'GET', url: `/inspector?msn=${unit}` })).body;
    const row = new RegExp(`<tr data-request-id="${res.headers['x-request-id']}">([\\s\\S]*?)</tr>`).exec(inspector)?.[1] ?? '';
    expect(row).toContain(`injected: status 503; rule ${rule.id}`);
  });

  it('hits only the given number of times, then the call goes through', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    await addRule({ kind: 'status', status: 502, route: '/epayment/v1/payments/*/capture', times: 2 });
    expect((await adjust(t, await partner(t), reference, 'capture', 100)).statusCode).toBe(502);
    expect((await adjust(t, await partner(t), reference, 'capture', 100)).statusCode).toBe(502);
    expect((await adjust(t, await partner(t), reference, 'capture', 100)).statusCode).toBe(200);
    expect((await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults[0].remainingTimes).toBe(0);
  });

  it('scopes by partner: another caller’s keys are not hit', async () => {
    await addRule({ kind: 'status', status: 500, partner: 'Fjordkassa Platform', route: '/epayment/v1/payments/*' });
    const byPartner = await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-ref', headers: await partner(t) });
    expect(byPartner.statusCode).toBe(500);
    const byMerchant = await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-ref', headers: await t.auth(DEMO.merchantKeys) });
    expect(byMerchant.statusCode).toBe(404);
  });

  it('fails as the gateway does, before the body is looked at: a request with a bad body gets the fault, still scoped by partner and unit', async () => {
    const rule = await addRule({ kind: 'status', status: 503, partner: 'Fjordkassa Platform', msn: unit, method: 'POST', route: '/epayment/v1/payments' });
    const bad = { amount: { currency: 'NOK', value: -5 }, paymentMethod: { type: 'CARD?' } };
    const post = async (headers: Record<string, string>) =>
      t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: { ...headers, 'idempotency-key': `bad-${Math.random()}` }, payload: bad });
    const hit = await post(await partner(t));
    expect(hit.statusCode).toBe(503);
    expect(hit.headers['x-vpp-fault']).toBe(`status 503; rule ${rule.id}`);
    // Another unit, or the merchant's own keys, get the usual answer to the bad body.
    expect((await post(await partner(t, other))).statusCode).toBe(400);
    expect((await post(await t.auth(DEMO.merchantKeys))).statusCode).toBe(400);
    // Credentials are still checked first: the gateway needs them to know the partner.
    expect((await post({ authorization: 'Bearer not-a-token', 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': unit })).statusCode).toBe(401);
  });

  it('hits about the given share of requests', async () => {
    await addRule({ kind: 'status', status: 504, route: '/epayment/v1/payments/:reference', share: 0.5 });
    const h = await partner(t);
    let hit = 0;
    for (let i = 0; i < 200; i++) if ((await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-ref', headers: h })).statusCode === 504) hit++;
    // 200 draws of a fair coin fall outside 60..140 with a probability below 1e-8.
    expect(hit).toBeGreaterThan(60);
    expect(hit).toBeLessThan(140);
  });

  it('injects 429 with Retry-After in the eCom format', async () => {
    await addRule({ kind: 'status', status: 429, route: '/ecomm/v2/payments/*' });
    const res = await t.inject({ method: 'GET', url: '/ecomm/v2/payments/any-order/details', headers: await partner(t) });
    expect(res.statusCode).toBe(429);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()[0]).toMatchObject({ errorGroup: 'VippsError', errorCode: '98' });
  });

  it('adds latency and then answers as usual', async () => {
    await addRule({ kind: 'latency', latencyMs: 300, route: '/epayment/v1/payments/:reference' });
    const started = performance.now();
    const res = await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-ref', headers: await partner(t) });
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
    expect(res.statusCode).toBe(404);
    expect(res.headers['x-vpp-fault']).toMatch(/^latency 300 ms; rule /);
  });

  it('lists and removes one rule', async () => {
    const a = await addRule({ kind: 'status', status: 500, msn: unit });
    await addRule({ kind: 'latency', latencyMs: 5, method: 'GET' });
    const list = (await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults;
    expect(list.map((r: { kind: string }) => r.kind)).toEqual(['status', 'latency']);
    expect(list[0]).toEqual({ id: a.id, kind: 'status', status: 500, msn: unit, share: 1 });
    expect((await t.inject({ method: 'DELETE', url: `/_sim/faults/${a.id}` })).statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: '/_sim/faults' })).json().faults).toHaveLength(1);
  });
});

describe('fault rules: no answer', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp();
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(() => t.close());

  it('holds the request without an answer until the client gives up, and logs it as 499', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'timeout', timeout: 'hold', route: '/epayment/v1/payments/:reference' } });
    const h = await partner(t);
    const err = await fetch(`${base}/epayment/v1/payments/held-ref`, { headers: { ...h, 'x-request-id': 'held-request-1' }, signal: AbortSignal.timeout(500) }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('TimeoutError');
    await expect.poll(async () => (await t.inject({ method: 'GET', url: '/_sim/requests?limit=1000' })).json().requests.find((r: { id: string }) => r.id === 'held-request-1')?.status).toBe(499);
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
  });

  it('closes the connection without an answer, and logs it as 444', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'timeout', timeout: 'close', route: '/epayment/v1/payments/:reference' } });
    const err = await fetch(`${base}/epayment/v1/payments/closed-ref`, { headers: { ...(await partner(t)), 'x-request-id': 'closed-request-1' } }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(TypeError); // fetch failed: the socket closed
    const row = (await t.inject({ method: 'GET', url: '/_sim/requests?limit=1000' })).json().requests.find((r: { id: string }) => r.id === 'closed-request-1');
    expect(row).toMatchObject({ status: 444, fault: expect.stringMatching(/^timeout close; rule /) });
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
  });

  it('gives no answer to a request with a bad body too, as a gateway that never answers', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'timeout', timeout: 'close', route: '/epayment/v1/payments/:reference/capture' } });
    const headers = { ...(await partner(t)), 'idempotency-key': 'bad-body-1', 'x-request-id': 'closed-bad-body-1', 'content-type': 'application/json' };
    const err = await fetch(`${base}/epayment/v1/payments/any-ref/capture`, { method: 'POST', headers, body: JSON.stringify({ modificationAmount: 'lots' }) }).catch((e: Error) => e);
    expect(err).toBeInstanceOf(TypeError);
    const row = (await t.inject({ method: 'GET', url: '/_sim/requests?limit=1000' })).json().requests.find((r: { id: string }) => r.id === 'closed-bad-body-1');
    expect(row).toMatchObject({ status: 444 });
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
  });
});

describe('fault rules for webhook deliveries', () => {
  let t: TestApp;
  let rx: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
    rx = await startReceiver();
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await freshAuth(t, DEMO.partnerKeys, unit), payload: { url: rx.url('/hook'), events: ['epayments.payment.created.v1'] } });
    expect(res.statusCode).toBe(201);
  });
  afterAll(async () => {
    await rx.close();
    await t.close();
  });
  afterEach(async () => {
    await t.inject({ method: 'DELETE', url: '/_sim/faults' });
  });
  const drain = async () => {
    while ((await t.rt.outbox.runOnce()) > 0);
  };
  const deliveriesOf = async (reference: string) =>
    (await t.inject({ method: 'GET', url: `/_sim/webhooks/deliveries?reference=${reference}` })).json().deliveries as { id: string; status: string }[];
  const receivedFor = (reference: string) => rx.received.filter((r) => r.json.reference === reference);

  it('drops a delivery: the receiver never gets it, and the delivery says so', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'webhook-drop', msn: unit, route: 'epayments.payment.created.v1' } });
    const { reference } = await create(t, await partner(t));
    await drain();
    expect(receivedFor(reference)).toHaveLength(0);
    const [d] = await deliveriesOf(reference);
    expect(d!.status).toBe('dropped');
  });

  it('duplicates a delivery: the receiver gets the same event twice', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'webhook-duplicate', route: 'epayments.payment.*' } });
    const { reference } = await create(t, await partner(t));
    await drain();
    await drain();
    const got = receivedFor(reference);
    expect(got).toHaveLength(2);
    expect(got[0]!.headers['x-vpp-event-id']).toBe(got[1]!.headers['x-vpp-event-id']);
  });

  it('delays a delivery by platform time: nothing until the clock passes the delay', async () => {
    await t.inject({ method: 'POST', url: '/_sim/faults', payload: { kind: 'webhook-delay', delaySeconds: 600 } });
    const { reference } = await create(t, await partner(t));
    await drain();
    expect(receivedFor(reference)).toHaveLength(0);
    expect((await deliveriesOf(reference))[0]!.status).toBe('pending');
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 601 } });
    await drain();
    expect(receivedFor(reference)).toHaveLength(1);
  });
});
