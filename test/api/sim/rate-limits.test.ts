// The documented per-endpoint rate limits: on by default, counted per the documented key,
// 429 with Retry-After in each API's own error format, nothing changed by a refused call,
// a new window after a minute of platform time, and the switch (flag, simulation API).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, authorized, partner } from '../../support/payments.js';
import { initiateBody, partnerHeaders } from '../../support/ecom.js';
import { auth as recurringAuth } from '../../support/recurring.js';

const unit = DEMO.units.partnerNett;

describe('documented rate limits (on by default)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { rateLimits: undefined } });
  });
  afterAll(() => t.close());

  it('are on without a flag, and listed by the simulation API', async () => {
    const res = await t.inject({ method: 'GET', url: '/_sim/rate-limits' });
    expect(res.statusCode).toBe(200);
    expect(res.json().enabled).toBe(true);
    expect(res.json().limits).toContainEqual({ method: 'POST', route: '/epayment/v1/payments/:reference/capture', name: 'Capture', perMinute: 5, per: 'reference and MSN' });
  });

  it('ePayment: the sixth capture of one reference within a minute is 429 Problem JSON with Retry-After, and captures nothing', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await adjust(t, await partner(t), reference, 'capture', 100)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    const sixth = await adjust(t, await partner(t), reference, 'capture', 100);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.headers['content-type']).toMatch(/application\/problem\+json/);
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(sixth.json()).toMatchObject({ status: 429, type: 'https://developer.vippsmobilepay.com/epayment/v1/too-many-requests' });
    expect(sixth.json().detail).toMatch(/5 a minute per reference and MSN/);
    const got = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(t) });
    expect(got.json().aggregate.capturedAmount.value).toBe(500);
  });

  it('counts per reference: another payment of the same unit is not limited', async () => {
    const a = await authorized(t, () => partner(t), unit, 1000);
    for (let i = 0; i < 6; i++) await adjust(t, await partner(t), a, 'capture', 10);
    const b = await authorized(t, () => partner(t), unit, 1000);
    expect((await adjust(t, await partner(t), b, 'capture', 10)).statusCode).toBe(200);
  });

  it('a minute later on the platform clock the reference may be called again', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    for (let i = 0; i < 5; i++) await adjust(t, await partner(t), reference, 'capture', 10);
    expect((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode).toBe(429);
    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 61 } })).statusCode).toBe(200);
    const res = await adjust(t, await partner(t), reference, 'capture', 10);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('eCom: the third initiate of one orderId is 429 in the eCom error format (VippsError 98)', async () => {
    const body = initiateBody();
    const first = await t.inject({ method: 'POST', url: '/ecomm/v2/payments', headers: await partnerHeaders(t), payload: body });
    expect(first.statusCode, first.body).toBe(200);
    const second = await t.inject({ method: 'POST', url: '/ecomm/v2/payments', headers: await partnerHeaders(t), payload: body });
    expect(second.statusCode).toBe(400); // Merchant 34: duplicate orderId, still counted
    const third = await t.inject({ method: 'POST', url: '/ecomm/v2/payments', headers: await partnerHeaders(t), payload: body });
    expect(third.statusCode).toBe(429);
    expect(third.headers['retry-after']).toMatch(/^\d+$/);
    expect(third.json()).toEqual([expect.objectContaining({ errorGroup: 'VippsError', errorCode: '98' })]);
  });

  it('Recurring: the sixth ListAgreements of a merchant within a minute is 429 Problem JSON (ErrorV3)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.inject({ method: 'GET', url: '/recurring/v3/agreements', headers: await recurringAuth(t) })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    const seventh = await t.inject({ method: 'GET', url: '/recurring/v3/agreements', headers: await recurringAuth(t) });
    expect(seventh.json()).toMatchObject({ status: 429, instance: '/recurring/v3/agreements', contextId: expect.any(String) });
    expect(seventh.headers['retry-after']).toMatch(/^\d+$/);
    // Another merchant's count is its own.
    const other = await t.inject({ method: 'GET', url: '/recurring/v3/agreements', headers: await recurringAuth(t, { keys: DEMO.merchantKeys }) });
    expect(other.statusCode).toBe(200);
  });

  it('switched off and on again through the simulation API', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    const off = await t.inject({ method: 'PUT', url: '/_sim/rate-limits', payload: { enabled: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().enabled).toBe(false);
    for (let i = 0; i < 7; i++) expect((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode).toBe(200);
    expect((await t.inject({ method: 'PUT', url: '/_sim/rate-limits', payload: { enabled: true } })).json().enabled).toBe(true);
    // Calls made while off were not counted: the count starts when they are switched on.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it('refuses a switch that is not a boolean', async () => {
    const res = await t.inject({ method: 'PUT', url: '/_sim/rate-limits', payload: { enabled: 'no' } });
    expect(res.statusCode).toBe(400);
  });

  it('an unauthenticated call is answered 401 and counts for nobody', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    for (let i = 0; i < 6; i++) {
      const res = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${reference}/capture`, headers: { 'idempotency-key': randomUUID() }, payload: { modificationAmount: { currency: 'NOK', value: 10 } } });
      expect(res.statusCode).toBe(401);
    }
    expect((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode).toBe(200);
  });
});

describe('documented rate limits switched off by the flag', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { rateLimits: false } });
  });
  afterAll(() => t.close());

  it('never answers 429, and a script cannot switch them on against the flag', async () => {
    const reference = await authorized(t, () => partner(t), unit, 1000);
    for (let i = 0; i < 7; i++) expect((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode).toBe(200);
    const res = await t.inject({ method: 'PUT', url: '/_sim/rate-limits', payload: { enabled: true } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/--rate-limits/);
  });
});

describe('documented rate limits switched off by the world file', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { rateLimits: undefined }, world: { simulation: { rateLimits: false } }, demo: true });
  });
  afterAll(() => t.close());

  it('are off as the world says', async () => {
    expect((await t.inject({ method: 'GET', url: '/_sim/rate-limits' })).json().enabled).toBe(false);
    const reference = await authorized(t, () => partner(t), unit, 1000);
    for (let i = 0; i < 7; i++) expect((await adjust(t, await partner(t), reference, 'capture', 10)).statusCode).toBe(200);
  });
});
