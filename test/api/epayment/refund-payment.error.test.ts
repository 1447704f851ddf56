import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { adjust, create, getPayment, newRef, partner } from '../../support/payments.js';
import { authorizedPayment, capturedPayment } from '../../support/payment-setups.js';

describe('POST /epayment/v1/payments/{reference}/refund: refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const refunded = async (reference: string) => (await getPayment(t, await partner(t), reference)).json().aggregate.refundedAmount.value;

  it('more than captured: 400 Not enough refundable, nothing refunded', async () => {
    const reference = await capturedPayment(t, 1000);
    const res = await adjust(t, await partner(t), reference, 'refund', 1001);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ title: 'Not enough refundable', extraDetails: [{ name: 'modificationAmount.value', reason: 'must be at most 1000' }] });
    expect(await refunded(reference)).toBe(0);
  });

  it('nothing captured yet: 400', async () => {
    const reference = await authorizedPayment(t, 1000);
    const res = await adjust(t, await partner(t), reference, 'refund', 100);
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toContain('Capture first');
  });

  it('already refunded in full: 400 Payment already refunded', async () => {
    const reference = await capturedPayment(t, 1000);
    await adjust(t, await partner(t), reference, 'refund', 1000);
    const res = await adjust(t, await partner(t), reference, 'refund', 1);
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('Payment already refunded');
  });

  it('before approval: 409', async () => {
    const { reference } = await create(t, await partner(t));
    const res = await adjust(t, await partner(t), reference, 'refund', 100);
    expect(res.statusCode).toBe(409);
  });

  it('a negative amount: 400 from the schema; an unknown reference: 404', async () => {
    const reference = await capturedPayment(t, 1000);
    expect((await adjust(t, await partner(t), reference, 'refund', -5)).statusCode).toBe(400);
    expect((await adjust(t, await partner(t), newRef('nope'), 'refund', 100)).statusCode).toBe(404);
    expect(await refunded(reference)).toBe(0);
  });
});
