import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, create, newRef, partner, payerDecides } from '../../support/payments.js';
import { authorizedPayment, capturedPayment } from '../../support/payment-setups.js';

describe('POST /epayment/v1/payments/{reference}/cancel: refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('after a full capture: 409 Cannot cancel a captured payment', async () => {
    const reference = await capturedPayment(t, 1000);
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Cannot cancel a captured payment');
  });

  it('twice: 409 Payment already cancelled', async () => {
    const reference = await authorizedPayment(t, 1000);
    expect((await adjust(t, await partner(t), reference, 'cancel')).statusCode).toBe(200);
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Payment already cancelled');
  });

  it('an aborted or terminated payment: 409 naming the state', async () => {
    const { reference } = await create(t, await partner(t));
    await payerDecides(t, DEMO.units.partnerNett, reference, 'reject');
    const res = await adjust(t, await partner(t), reference, 'cancel');
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Invalid state: ABORTED');
    const other = await create(t, await partner(t));
    await adjust(t, await partner(t), other.reference, 'cancel');
    expect((await adjust(t, await partner(t), other.reference, 'cancel')).json().detail).toContain('TERMINATED');
  });

  it('a retry with the same Idempotency-Key replays the first answer instead of failing', async () => {
    const reference = await authorizedPayment(t, 1000);
    const headers = await partner(t);
    const a = await adjust(t, headers, reference, 'cancel');
    const b = await adjust(t, headers, reference, 'cancel');
    expect(b.statusCode).toBe(200);
    expect(b.json()).toEqual(a.json());
  });

  it('an unknown reference: 404; without an Idempotency-Key: 400', async () => {
    expect((await adjust(t, await partner(t), newRef('nope'), 'cancel')).statusCode).toBe(404);
    const { 'idempotency-key': _k, ...headers } = await partner(t);
    const reference = await authorizedPayment(t, 1000);
    expect((await adjust(t, headers, reference, 'cancel')).statusCode).toBe(400);
  });
});
