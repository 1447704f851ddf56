// Payers who answer on their own, as the world file or the simulation API sets them, and a
// payment that times out at the simulation's word.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner } from '../../support/payments.js';

describe('payer behaviours and time-outs through the simulation API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;
  const stateOf = async (reference: string) => (await t.inject({ method: 'GET', url: `/_sim/payments/${nett}/${reference}` })).json().state;
  const push = async (phone: string) => create(t, await partner(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: phone }, returnUrl: undefined });
  const drain = async () => {
    while ((await t.rt.outbox.runOnce()) > 0);
  };

  it("a payer the world file makes always reject rejects a push request on their own", async () => {
    const p = await push('4748000004');
    expect(await stateOf(p.reference)).toBe('CREATED');
    await drain();
    expect(await stateOf(p.reference)).toBe('ABORTED');
  });

  it('a behaviour set through the simulation API: approve, then never answer', async () => {
    const phone = '4791234567';
    const set = await t.inject({ method: 'PUT', url: `/_sim/payers/${phone}/behaviour`, payload: { behaviour: 'approve' } });
    expect(set.statusCode, set.body).toBe(200);
    const a = await push(phone);
    await drain();
    const approved = (await t.inject({ method: 'GET', url: `/_sim/payments/${nett}/${a.reference}` })).json();
    expect(approved).toMatchObject({ state: 'AUTHORIZED', payerPhoneNumber: phone });

    await t.inject({ method: 'PUT', url: `/_sim/payers/${phone}/behaviour`, payload: { behaviour: 'never-answer' } });
    const b = await push(phone);
    await drain();
    expect(await stateOf(b.reference)).toBe('CREATED');
    const timedOut = await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${b.reference}/expire` });
    expect(timedOut.statusCode, timedOut.body).toBe(200);
    expect(timedOut.json().state).toBe('EXPIRED');
    const api = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${b.reference}/events`, headers: await t.auth(DEMO.partnerKeys, nett) });
    expect(api.json().map((e: { name: string }) => e.name)).toEqual(['CREATED', 'EXPIRED']);
    await t.inject({ method: 'PUT', url: `/_sim/payers/${phone}/behaviour`, payload: { behaviour: 'ask' } });
  });
});
