import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, create, getPayment, partner, payerDecides } from '../../support/payments.js';

// Unlike the Recurring guide, the ePayment reference does not say that a client error
// claims the Idempotency-Key: a retry with the key after a 4xx is tried again.
describe('ePayment Idempotency-Key after a client error', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;

  it('a capture refused before the payer approved succeeds with the same key once approved, and is not repeated by a third call', async () => {
    const { reference } = await create(t, await partner(t, nett), { amount: { currency: 'NOK', value: 1000 } });
    const key = { 'idempotency-key': randomUUID() };
    const early = await adjust(t, await partner(t, nett, key), reference, 'capture', 500);
    expect(early.statusCode).toBeGreaterThanOrEqual(400);
    expect(early.statusCode).toBeLessThan(500);
    await payerDecides(t, nett, reference, 'approve');
    const retried = await adjust(t, await partner(t, nett, key), reference, 'capture', 500);
    expect(retried.statusCode, retried.body).toBe(200);
    const replayed = await adjust(t, await partner(t, nett, key), reference, 'capture', 500);
    expect(replayed.statusCode).toBe(200);
    expect((await getPayment(t, await partner(t), reference)).json().aggregate.capturedAmount.value).toBe(500);
  });
});
