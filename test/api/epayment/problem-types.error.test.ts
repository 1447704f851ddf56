import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { adjust, create, partner } from '../../support/payments.js';
import { authorizedPayment, capturedPayment } from '../../support/payment-setups.js';

const EPAYMENT = 'https://developer.vippsmobilepay.com/epayment/v1';

describe('ePayment errors: one documented problem type per error, whatever the host', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('capture too high, not enough refundable, already refunded and invalid currency each have their own type', async () => {
    const tooHigh = await adjust(t, await partner(t), await authorizedPayment(t, 1000), 'capture', 1001);
    const notEnough = await adjust(t, await partner(t), await capturedPayment(t, 1000), 'refund', 1001);
    const done = await capturedPayment(t, 1000);
    expect((await adjust(t, await partner(t), done, 'refund', 1000)).statusCode).toBe(200);
    const already = await adjust(t, await partner(t), done, 'refund', 1);
    const currency = await t.inject({
      method: 'POST',
      url: `/epayment/v1/payments/${await authorizedPayment(t, 1000)}/capture`,
      headers: await partner(t),
      payload: { modificationAmount: { currency: 'DKK', value: 100 } },
    });
    expect([tooHigh, notEnough, already, currency].map((r) => [r.statusCode, r.json().type])).toEqual([
      [400, `${EPAYMENT}/capture-amount-too-high`],
      [400, `${EPAYMENT}/not-enough-refundable`],
      [400, `${EPAYMENT}/payment-already-refunded`],
      [400, `${EPAYMENT}/invalid-currency`],
    ]);
  });

  it('a schema validation failure is validation-error, a missing token unauthorized, an unknown reference reference-not-found', async () => {
    const bad = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t), payload: { amount: { currency: 'NOK', value: 'ten' } } });
    const anon = await t.inject({ method: 'GET', url: '/epayment/v1/payments/nope-123', headers: { 'ocp-apim-subscription-key': 'x'.repeat(32) } });
    const unknown = await t.inject({ method: 'GET', url: `/epayment/v1/payments/missing-${randomUUID()}`, headers: await partner(t) });
    expect([bad, anon, unknown].map((r) => [r.statusCode, r.json().type])).toEqual([
      [400, `${EPAYMENT}/validation-error`],
      [401, `${EPAYMENT}/unauthorized`],
      [404, `${EPAYMENT}/reference-not-found`],
    ]);
  });

  it('a reused reference and a reused Idempotency-Key are told apart', async () => {
    const { request } = await create(t, await partner(t));
    const again = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t), payload: request });
    const headers = await partner(t);
    const reference = await authorizedPayment(t, 1000);
    await adjust(t, headers, reference, 'capture', 100);
    const reused = await adjust(t, headers, reference, 'capture', 200);
    expect([again, reused].map((r) => [r.statusCode, r.json().type])).toEqual([
      [409, `${EPAYMENT}/reference-already-exists`],
      [409, `${EPAYMENT}/idempotency-key-conflict`],
    ]);
  });

  it('the type does not depend on where vpp runs', async () => {
    const elsewhere = await startTestApp({ config: { publicUrl: 'https://vpp.elsewhere.example:8443' } });
    try {
      const res = await adjust(elsewhere, await partner(elsewhere), await authorizedPayment(elsewhere, 1000), 'capture', 1001);
      expect(res.json().type).toBe(`${EPAYMENT}/capture-amount-too-high`);
    } finally {
      await elsewhere.close();
    }
  });
});
