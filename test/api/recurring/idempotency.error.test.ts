import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { accept, auth, chargeBody, createAgreement, getCharge, headers, processedCharge } from '../../support/recurring.js';

// The Recurring guide: a 4xx answer claims the Idempotency-Key; a retry with that key gets
// the same error (the operation is not tried again), even when it would now succeed.
describe('Recurring Idempotency-Key: a client error claims the key', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a charge refused on a PENDING agreement is refused again with the same key after the payer accepts; a new key creates it', async () => {
    const { agreementId } = await createAgreement(t);
    const key = randomUUID();
    const payload = chargeBody(t);
    const url = `/recurring/v3/agreements/${agreementId}/charges`;
    const first = await t.inject({ method: 'POST', url, headers: await headers(t, undefined, key), payload });
    expect(first.statusCode).toBe(400);
    await accept(t, agreementId);
    const again = await t.inject({ method: 'POST', url, headers: await headers(t, undefined, key), payload });
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toBe(first.json().detail);
    const list = await t.inject({ method: 'GET', url, headers: await auth(t) });
    expect(list.json()).toHaveLength(0);
    const fresh = await t.inject({ method: 'POST', url, headers: await headers(t), payload });
    expect(fresh.statusCode, fresh.body).toBe(201);
  });

  it('a refused capture keeps its key: the same request gets the same 400, another request with that key 409, and nothing is captured', async () => {
    const r = await processedCharge(t, 'RESERVE_CAPTURE');
    const url = `/recurring/v3/agreements/${r.agreementId}/charges/${r.chargeId}/capture`;
    const key = randomUUID();
    const tooMuch = { amount: 29901, description: 'Too much' };
    expect((await t.inject({ method: 'POST', url, headers: await headers(t, undefined, key), payload: tooMuch })).statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url, headers: await headers(t, undefined, key), payload: tooMuch })).statusCode).toBe(400);
    const other = await t.inject({ method: 'POST', url, headers: await headers(t, undefined, key), payload: { amount: 100, description: 'Fits' } });
    expect(other.statusCode).toBe(409);
    expect((await getCharge(t, r.agreementId, r.chargeId)).summary.captured).toBe(0);
  });
});
