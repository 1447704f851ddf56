import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner } from '../../support/payments.js';

describe('the simulation API for payments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const nett = DEMO.units.partnerNett;

  it("lists a phone's pending requests with what the payer sees", async () => {
    const phone = '4793456789';
    const a = await create(t, await partner(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: phone }, returnUrl: undefined, paymentDescription: 'Fish soup' });
    const b = await create(t, await partner(t), { userFlow: 'QR', customer: { personalQr: `https://qr.vipps.no/28/2/01/031/${phone}?v=1` }, returnUrl: undefined });
    const res = await t.inject({ method: 'GET', url: `/_sim/payments?phoneNumber=${phone}` });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.payments.map((p: { reference: string }) => p.reference).sort()).toEqual([a.reference, b.reference].sort());
    const fish = list.payments.find((p: { reference: string }) => p.reference === a.reference);
    expect(fish).toMatchObject({ msn: nett, salesUnitName: 'Fjellbakeriet Nett', amount: { currency: 'NOK', value: 1000 }, paymentDescription: 'Fish soup', state: 'CREATED', userFlow: 'PUSH_MESSAGE' });
    expect((await t.inject({ method: 'GET', url: '/_sim/payments?phoneNumber=12' })).statusCode).toBe(400);
  });

  it('approves and rejects for scripts, and answers clearly when it cannot', async () => {
    const a = await create(t, await partner(t));
    const ok = await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${a.reference}/approve`, payload: { phoneNumber: '4791234567' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'AUTHORIZED', payerPhoneNumber: '4791234567' });
    const again = await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${a.reference}/reject` });
    expect(again.statusCode).toBe(409);
    const b = await create(t, await partner(t));
    const noPhone = await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${b.reference}/approve` });
    expect(noPhone.statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/${b.reference}/reject` })).json().state).toBe('ABORTED');
    expect((await t.inject({ method: 'POST', url: `/_sim/payments/${nett}/unknown-ref-1/approve`, payload: {} })).statusCode).toBe(404);
  });

  it('shows a payment with its event ids', async () => {
    const { reference } = await create(t, await partner(t));
    const res = (await t.inject({ method: 'GET', url: `/_sim/payments/${nett}/${reference}` })).json();
    expect(res.payment.state).toBe('CREATED');
    expect(res.events).toHaveLength(1);
    expect(res.events[0].eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is not there when vpp runs with --no-simulation', async () => {
    const off = await startTestApp({ config: { simulation: false } });
    try {
      expect((await off.inject({ method: 'GET', url: '/_sim/payments?phoneNumber=4791234567' })).statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });
});
