import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, STORE, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, authorized, getEvents, getPayment, merchant, partner } from '../../support/payments.js';

describe('POST /epayment/v1/payments/{reference}/capture', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;
  const approved = (value = 1000) => authorized(t, () => partner(t, nett), nett, value);

  it('captures in full: 200 with the documented ModificationResponse', async () => {
    const reference = await approved(49900);
    const res = await adjust(t, await partner(t), reference, 'capture', 49900);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['aggregate', 'amount', 'pspReference', 'reference', 'state']);
    expect(body).toMatchObject({ reference, state: 'AUTHORIZED', amount: { currency: 'NOK', value: 49900 } });
    expect(body.aggregate.capturedAmount).toEqual({ currency: 'NOK', value: 49900 });
    const events = (await getEvents(t, await partner(t), reference)).json();
    expect(events.at(-1)).toMatchObject({ name: 'CAPTURED', pspReference: body.pspReference, amount: { value: 49900 } });
  });

  it('captures in parts, up to the authorised amount', async () => {
    const reference = await approved(1000);
    for (const part of [100, 250, 650]) expect((await adjust(t, await partner(t), reference, 'capture', part)).statusCode).toBe(200);
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.capturedAmount.value).toBe(1000);
  });

  it('with merchant keys', async () => {
    const unit = DEMO.units.noPartner;
    const reference = await authorized(t, () => merchant(t), unit, 700);
    const res = await adjust(t, await merchant(t), reference, 'capture', 700);
    expect(res.statusCode).toBe(200);
  });

  it('a repeated request with the same Idempotency-Key answers the same and captures once', async () => {
    const reference = await approved(1000);
    const headers = await partner(t);
    const first = await adjust(t, headers, reference, 'capture', 400);
    const again = await adjust(t, headers, reference, 'capture', 400);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.capturedAmount.value).toBe(400);
    expect((await getEvents(t, await partner(t), reference)).json().filter((e: { name: string }) => e.name === 'CAPTURED')).toHaveLength(1);
  });

  it(`50 simultaneous 1 NOK captures on a 10 NOK authorisation capture exactly 10 NOK (${STORE}, one process)`, async () => {
    const reference = await approved(1000);
    const headers = await Promise.all(Array.from({ length: 50 }, () => partner(t)));
    const results = await Promise.all(headers.map((h) => adjust(t, h, reference, 'capture', 100)));
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(10);
    expect(codes.filter((c) => c === 400)).toHaveLength(40);
    for (const r of results.filter((x) => x.statusCode === 400)) expect(r.json().title).toBe('Capture amount too high');
    const p = (await getPayment(t, await partner(t), reference)).json();
    expect(p.aggregate.capturedAmount.value).toBe(1000);
    const captured = (await getEvents(t, await partner(t), reference)).json().filter((e: { name: string }) => e.name === 'CAPTURED');
    expect(captured).toHaveLength(10);
  });

  it(`50 simultaneous captures with one Idempotency-Key capture once and all get that answer (${STORE})`, async () => {
    const reference = await approved(1000);
    const headers = await partner(t, nett, { 'idempotency-key': randomUUID() });
    const results = await Promise.all(Array.from({ length: 50 }, () => adjust(t, headers, reference, 'capture', 300)));
    expect(results.map((r) => r.statusCode)).toEqual(Array(50).fill(200));
    expect(new Set(results.map((r) => r.body)).size).toBe(1);
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.capturedAmount.value).toBe(300);
  });
});
