// Firing a webhook event for a payment and sending a delivery again, through the simulation API.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, freshAuth } from '../../support/payments.js';
import { startReceiver, verifySignature, type Receiver } from '../../support/receiver.js';

describe('webhook controls of the simulation API', () => {
  let t: TestApp;
  let rx: Receiver;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    rx = await startReceiver();
  });
  afterEach(() => rx.close());
  const unit = DEMO.units.partnerNett;
  const drain = async () => {
    while ((await t.rt.outbox.runOnce()) > 0);
  };
  const register = async (events: string[]) => {
    const res = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await freshAuth(t, DEMO.partnerKeys, unit), payload: { url: rx.url('/hook'), events } });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string; secret: string };
  };

  it('fires a documented event for a payment, signed, without changing the payment', async () => {
    const hook = await register(['epayments.payment.captured.v1']);
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, unit));
    const fired = await t.inject({ method: 'POST', url: '/_sim/webhooks/trigger', payload: { msn: unit, reference, eventType: 'epayments.payment.captured.v1' } });
    expect(fired.statusCode, fired.body).toBe(200);
    expect(fired.json().deliveries).toBe(1);
    await drain();
    const got = rx.received.filter((r) => r.json.reference === reference);
    expect(got.map((r) => r.json.name)).toEqual(['CAPTURED']);
    expect(verifySignature(got[0]!, hook.secret, rx.url('/hook'))).toBe(true);
    expect((await t.inject({ method: 'GET', url: `/_sim/payments/${unit}/${reference}` })).json().state).toBe('CREATED');
    await t.inject({ method: 'DELETE', url: `/webhooks/v1/webhooks/${hook.id}`, headers: await freshAuth(t, DEMO.partnerKeys, unit) });
  });

  it('sends a delivery again with the same event id', async () => {
    const hook = await register(['epayments.payment.created.v1']);
    const { reference } = await create(t, await freshAuth(t, DEMO.partnerKeys, unit));
    await drain();
    const [first] = (await t.inject({ method: 'GET', url: `/_sim/webhooks/deliveries?reference=${reference}&webhookId=${hook.id}` })).json().deliveries;
    const again = await t.inject({ method: 'POST', url: `/_sim/webhooks/deliveries/${first.id}/resend` });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ resentFrom: first.id, url: rx.url('/hook') });
    await drain();
    const got = rx.received.filter((r) => r.json.reference === reference);
    expect(got).toHaveLength(2);
    expect(got[1]!.body).toBe(got[0]!.body);
    await t.inject({ method: 'DELETE', url: `/webhooks/v1/webhooks/${hook.id}`, headers: await freshAuth(t, DEMO.partnerKeys, unit) });
  });
});
