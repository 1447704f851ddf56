import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, create, getEvents, getPayment, merchant, partner, PAYER, payerDecides } from '../../support/payments.js';

describe('GET /epayment/v1/payments/{reference} and /events', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;

  it('follows a payment through approval, partial captures, a refund and a cancel', async () => {
    const { reference, body } = await create(t, await partner(t), { amount: { currency: 'NOK', value: 1000 } });
    expect((await getPayment(t, await partner(t), reference)).json().redirectUrl).toBe(body.redirectUrl);

    await payerDecides(t, nett, reference, 'approve');
    const keys = [await partner(t), await partner(t), await partner(t), await partner(t)];
    expect((await adjust(t, keys[0]!, reference, 'capture', 300)).statusCode).toBe(200);
    expect((await adjust(t, keys[1]!, reference, 'capture', 200)).statusCode).toBe(200);
    expect((await adjust(t, keys[2]!, reference, 'refund', 100)).statusCode).toBe(200);
    expect((await adjust(t, keys[3]!, reference, 'cancel')).statusCode).toBe(200);

    const p = (await getPayment(t, await partner(t), reference)).json();
    expect(p.state).toBe('AUTHORIZED');
    expect(p.redirectUrl).toBeUndefined();
    expect(p.aggregate).toEqual({
      authorizedAmount: { currency: 'NOK', value: 1000 },
      cancelledAmount: { currency: 'NOK', value: 500 },
      capturedAmount: { currency: 'NOK', value: 500 },
      refundedAmount: { currency: 'NOK', value: 100 },
    });

    const events = (await getEvents(t, await partner(t), reference)).json() as { name: string; amount: { value: number }; idempotencyKey: string | null; pspReference: string; timestamp: string }[];
    expect(events.map((e) => [e.name, e.amount.value])).toEqual([
      ['CREATED', 1000],
      ['AUTHORIZED', 1000],
      ['CAPTURED', 300],
      ['CAPTURED', 200],
      ['REFUNDED', 100],
      ['CANCELLED', 500],
    ]);
    expect(events[2]!.idempotencyKey).toBe(keys[0]!['idempotency-key']);
    expect(events[1]!.idempotencyKey).toBeNull();
    // Payment events carry the payment's pspReference; each money movement has its own.
    expect(events[1]!.pspReference).toBe(p.pspReference);
    expect(new Set(events.slice(2).map((e) => e.pspReference)).size).toBe(4);
    for (const e of events) expect(Number.isNaN(Date.parse(e.timestamp))).toBe(false);
  });

  it('a rejected payment is ABORTED; its events end with ABORTED', async () => {
    const { reference } = await create(t, await partner(t));
    await payerDecides(t, nett, reference, 'reject');
    expect((await getPayment(t, await partner(t), reference)).json().state).toBe('ABORTED');
    const names = (await getEvents(t, await partner(t), reference)).json().map((e: { name: string }) => e.name);
    expect(names).toEqual(['CREATED', 'ABORTED']);
  });

  it('a payment that asked for profile sharing gets profile.sub once approved', async () => {
    const { reference } = await create(t, await partner(t), { profile: { scope: 'name phoneNumber' } });
    expect((await getPayment(t, await partner(t), reference)).json().profile).toEqual({});
    await payerDecides(t, nett, reference, 'approve', PAYER);
    expect((await getPayment(t, await partner(t), reference)).json().profile.sub).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('merchant keys read their own payments', async () => {
    const { reference } = await create(t, await merchant(t));
    const res = await getPayment(t, await merchant(t), reference);
    expect(res.statusCode).toBe(200);
    expect(res.json().reference).toBe(reference);
    expect((await getEvents(t, await merchant(t), reference)).statusCode).toBe(200);
  });
});
