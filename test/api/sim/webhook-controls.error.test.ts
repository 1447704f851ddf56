import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, partner } from '../../support/payments.js';

describe('webhook controls: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const unit = DEMO.units.partnerNett;

  it('refuses unknown event types, events of another API, unknown payments and deliveries', async () => {
    const { reference } = await create(t, await partner(t));
    const bad = await t.inject({ method: 'POST', url: '/_sim/webhooks/trigger', payload: { msn: unit, reference, eventType: 'epayments.payment.lost.v1' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().detail).toMatch(/not a documented webhook event type/);
    const other = await t.inject({ method: 'POST', url: '/_sim/webhooks/trigger', payload: { msn: unit, reference, eventType: 'recurring.charge-failed.v1' } });
    expect(other.statusCode).toBe(400);
    expect((await t.inject({ method: 'POST', url: '/_sim/webhooks/trigger', payload: { msn: unit, reference: 'missing-ref-1', eventType: 'epayments.payment.created.v1' } })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: '/_sim/webhooks/deliveries/00000000-0000-7000-8000-000000000000/resend' })).statusCode).toBe(404);
  });
});
