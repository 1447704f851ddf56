import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner } from '../../support/payments.js';

describe('payer behaviours and time-outs: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('refuses an unknown phone, an unknown behaviour, and a time-out of a payment no longer waiting', async () => {
    expect((await t.inject({ method: 'PUT', url: '/_sim/payers/4700000001/behaviour', payload: { behaviour: 'approve' } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'PUT', url: '/_sim/payers/4791234567/behaviour', payload: { behaviour: 'sometimes' } })).statusCode).toBe(400);
    const nett = DEMO.units.partnerNett;
    const p = await create(t, await partner(t));
    await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${p.reference}/reject` });
    expect((await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${p.reference}/expire` })).statusCode).toBe(409);
    expect((await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/no-such-ref-1/expire` })).statusCode).toBe(404);
  });
});
