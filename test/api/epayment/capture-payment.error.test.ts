import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, authorized, create, freshAuth, getPayment, newRef, partner, payerDecides } from '../../support/payments.js';

describe('POST /epayment/v1/payments/{reference}/capture: refused', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;
  const approved = (value = 1000) => authorized(t, () => partner(t, nett), nett, value);
  const captured = async (reference: string) => (await getPayment(t, await partner(t), reference)).json().aggregate.capturedAmount.value;

  it('more than authorised: 400 Capture amount too high, nothing captured', async () => {
    const reference = await approved(1000);
    const res = await adjust(t, await partner(t), reference, 'capture', 1001);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ title: 'Capture amount too high', extraDetails: [{ name: 'modificationAmount.value', reason: 'must be at most 1000' }] });
    expect(await captured(reference)).toBe(0);
  });

  it('more than what is left after a partial capture: 400', async () => {
    const reference = await approved(1000);
    await adjust(t, await partner(t), reference, 'capture', 700);
    const res = await adjust(t, await partner(t), reference, 'capture', 301);
    expect(res.statusCode).toBe(400);
    expect(await captured(reference)).toBe(700);
  });

  it('before the payer approved: 409', async () => {
    const { reference } = await create(t, await partner(t));
    const res = await adjust(t, await partner(t), reference, 'capture', 100);
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Cannot capture before reservation');
  });

  it('an aborted payment: 409 naming the state', async () => {
    const { reference } = await create(t, await partner(t));
    await payerDecides(t, nett, reference, 'reject');
    const res = await adjust(t, await partner(t), reference, 'capture', 100);
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('Invalid state: ABORTED');
  });

  it('after a cancel: 409', async () => {
    const reference = await approved(1000);
    await adjust(t, await partner(t), reference, 'cancel');
    const res = await adjust(t, await partner(t), reference, 'capture', 100);
    expect(res.statusCode).toBe(409);
    expect(res.json().title).toBe('Cannot capture a cancelled payment');
  });

  it('in another currency, or zero: 400 naming the field', async () => {
    const reference = await approved(1000);
    const eur = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${reference}/capture`, headers: await partner(t), payload: { modificationAmount: { currency: 'EUR', value: 100 } } });
    expect(eur.statusCode).toBe(400);
    expect(eur.json().extraDetails[0].name).toBe('modificationAmount.currency');
    const zero = await adjust(t, await partner(t), reference, 'capture', 0);
    expect(zero.statusCode).toBe(400);
    expect(await captured(reference)).toBe(0);
  });

  it('without a body, or without the Idempotency-Key: 400', async () => {
    const reference = await approved(1000);
    const noBody = await t.inject({ method: 'POST', url: `/epayment/v1/payments/${reference}/capture`, headers: await partner(t) });
    expect(noBody.statusCode).toBe(400);
    const { 'idempotency-key': _k, ...headers } = await partner(t);
    const noKey = await adjust(t, headers, reference, 'capture', 100);
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json().extraDetails.map((f: { name: string }) => f.name)).toContain('idempotency-key');
    expect(await captured(reference)).toBe(0);
  });

  it('the same Idempotency-Key for another amount: 409, nothing more captured', async () => {
    const reference = await approved(1000);
    const headers = await partner(t);
    await adjust(t, headers, reference, 'capture', 100);
    const res = await adjust(t, headers, reference, 'capture', 200);
    expect(res.statusCode).toBe(409);
    expect(await captured(reference)).toBe(100);
  });

  it('an unknown reference: 404', async () => {
    expect((await adjust(t, await partner(t), newRef('nope'), 'capture', 100)).statusCode).toBe(404);
  });

  it('more than 180 days after the reservation: 400 Capture period expired', async () => {
    const reference = await approved(1000);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 181 * 86_400 } });
    const fresh = await freshAuth(t, DEMO.partnerKeys, nett); // the cached token expired on the moved clock
    const res = await adjust(t, fresh, reference, 'capture', 100);
    expect(res.statusCode).toBe(400);
    expect(res.json().title).toBe('Capture period expired');
  });
});
