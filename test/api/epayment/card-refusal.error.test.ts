// ePayment's face of a refused card: approving with a payer whose card refuses answers a
// Problem ("No cards" for a payer without a valid card), the event log shows AUTHORIZED
// with success false, no webhook announces it, and the payment still waits for the payer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { CARD_PAYERS, ECOM_WORLD, LIMITED_PAYER } from '../../support/ecom-world.js';
import { create, getEvents, getPayment, partner, PAYER } from '../../support/payments.js';
import { startReceiver, type Receiver } from '../../support/receiver.js';

const MSN = DEMO.units.partnerNett;

describe('ePayment: a card that refuses the authorisation', () => {
  let t: TestApp;
  let hooks: Receiver;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp({ world: ECOM_WORLD });
    hooks = await startReceiver();
    h = await partner(t, MSN);
    const reg = await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: h, payload: { url: hooks.url('/hooks'), events: ['epayments.payment.authorized.v1'] } });
    expect(reg.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t.close();
    await hooks.close();
  });

  const approve = (reference: string, phoneNumber: string) => t.inject({ method: 'POST', url: `/_sim/payments/${MSN}/${reference}/approve`, payload: { phoneNumber } });

  it('an expired card: 409 with the reason, AUTHORIZED success false, no webhook, still CREATED; another card pays', async () => {
    const { reference } = await create(t, await partner(t, MSN));
    const refused = await approve(reference, `47${CARD_PAYERS.card_expired}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ title: 'Payment refused by the card' });
    expect(refused.json().detail).toContain('expired');
    expect((await getPayment(t, h, reference)).json().state).toBe('CREATED');
    const events = (await getEvents(t, h, reference)).json();
    expect(events.map((e: { name: string; success: boolean }) => [e.name, e.success])).toEqual([['CREATED', true], ['AUTHORIZED', false]]);

    expect((await approve(reference, PAYER)).statusCode).toBe(200);
    while ((await t.rt.outbox.runOnce()) > 0);
    const delivered = hooks.received.filter((r) => (r.json as { reference?: string }).reference === reference);
    expect(delivered.map((r) => (r.json as { success: boolean }).success)).toEqual([true]);
  });

  it('a payer without a valid card: "No cards"', async () => {
    const { reference } = await create(t, await partner(t, MSN));
    const refused = await approve(reference, `47${CARD_PAYERS.profile_deleted}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().title).toBe('No cards');
  });

  it('a balance of 150 NOK authorises 100 NOK once, then refuses the next 100 NOK', async () => {
    const first = await create(t, await partner(t, MSN), { amount: { currency: 'NOK', value: 10000 } });
    expect((await approve(first.reference, `47${LIMITED_PAYER}`)).statusCode).toBe(200);
    const second = await create(t, await partner(t, MSN), { amount: { currency: 'NOK', value: 10000 } });
    expect((await approve(second.reference, `47${LIMITED_PAYER}`)).statusCode).toBe(409);
  });
});
