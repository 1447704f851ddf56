import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { adjust, create, freshAuth, getEvents, getPayment, partner, PAYER } from '../../support/payments.js';

describe('payments nobody acts on expire on the simulated clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const advance = (seconds: number) => t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: seconds } });
  const state = async (reference: string) => (await getPayment(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett), reference)).json().state;

  it('after 10 minutes a payment is EXPIRED when read, with one EXPIRED event', async () => {
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett));
    await advance(599);
    expect(await state(reference)).toBe('CREATED');
    await advance(2);
    expect(await state(reference)).toBe('EXPIRED');
    expect(await state(reference)).toBe('EXPIRED');
    const names = (await getEvents(t, await partner(t), reference)).json().map((e: { name: string }) => e.name);
    expect(names).toEqual(['CREATED', 'EXPIRED']);
  });

  it('the payer can no longer approve it, and it cannot be captured', async () => {
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett));
    await advance(601);
    const res = await t.inject({ method: 'POST', url: `/_sim/payments/${DEMO.units.partnerNett}/${reference}/approve`, payload: { phoneNumber: PAYER } });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toContain('EXPIRED');
    expect((await adjust(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett), reference, 'capture', 100)).statusCode).toBe(409);
  });

  it('the sweeper expires payments nobody reads, once, and writes their webhook deliveries', async () => {
    const hook = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe), payload: { url: 'https://receiver.example/hook', events: ['epayments.payment.expired.v1'] } });
    expect(hook.statusCode).toBe(201);
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerKafe));
    await advance(601);
    expect(await t.app.expirySweeper.runOnce()).toBeGreaterThanOrEqual(1);
    expect(await t.app.expirySweeper.runOnce()).toBe(0);
    const sim = (await t.inject({ method: 'GET', url: `/_sim/webhooks/deliveries?reference=${reference}` })).json();
    expect(sim.deliveries).toHaveLength(1);
    expect(sim.deliveries[0]).toMatchObject({ eventType: 'epayments.payment.expired.v1', status: 'pending', body: { name: 'EXPIRED', reference, msn: DEMO.units.partnerKafe } });
  });

  it('a long-living payment waits until its expiresAt', async () => {
    const expiresAt = new Date(t.rt.clock.now() + 2 * 86_400_000).toISOString();
    const receipt = { orderLines: [], bottomLine: { currency: 'NOK' } };
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, DEMO.units.partnerNett), { userFlow: 'QR', returnUrl: undefined, expiresAt, receipt });
    await advance(86_400);
    expect(await state(reference)).toBe('CREATED');
    await advance(86_401);
    expect(await state(reference)).toBe('EXPIRED');
  });
});
