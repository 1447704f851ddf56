import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { adjust, create, partner, payerDecides } from '../support/payments.js';
import { startReceiver } from '../support/receiver.js';

describe('the inspector', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists API requests with MSN, keys, status, latency and the Vipps-System headers; filters by MSN and status', async () => {
    const headers = await partner(t, DEMO.units.partnerKafe, { 'vipps-system-name': 'kassa', 'vipps-system-version': '9.1', 'vipps-system-plugin-name': 'kassa-pos', 'vipps-system-plugin-version': '2.0' });
    const ok = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: { amount: { currency: 'NOK', value: 1000 }, paymentMethod: { type: 'WALLET' }, reference: 'inspect-me-0001', userFlow: 'QR' } });
    expect(ok.statusCode).toBe(201);
    const missing = await t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-order-1', headers: await partner(t, DEMO.units.partnerNett) });
    expect(missing.statusCode).toBe(404);

    const all = await t.inject({ method: 'GET', url: '/inspector' });
    expect(all.statusCode).toBe(200);
    const row = new RegExp(`<tr data-request-id="${ok.headers['x-request-id']}">([\\s\\S]*?)</tr>`).exec(all.body)?.[1] ?? '';
    for (const text of ['POST /epayment/v1/payments', DEMO.units.partnerKafe, 'partner · Fjordkassa Platform', '>201<', 'kassa 9.1', 'kassa-pos 2.0', ' ms']) expect(row).toContain(text);

    const byMsn = await t.inject({ method: 'GET', url: `/inspector?msn=${DEMO.units.partnerKafe}` });
    expect(byMsn.body).toContain(String(ok.headers['x-request-id']));
    expect(byMsn.body).not.toContain(String(missing.headers['x-request-id']));
    const errors = await t.inject({ method: 'GET', url: '/inspector?status=4xx' });
    expect(errors.body).toContain(String(missing.headers['x-request-id']));
    expect(errors.body).not.toContain(String(ok.headers['x-request-id']));
    const bad = await t.inject({ method: 'GET', url: '/inspector?status=teapot' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Status must be');
  });

  it('never shows tokens or keys', async () => {
    const headers = await partner(t);
    await t.inject({ method: 'GET', url: '/epayment/v1/payments/whatever-123', headers });
    const page = (await t.inject({ method: 'GET', url: '/inspector' })).body;
    expect(page).not.toContain(headers.authorization!.slice(7, 40));
    expect(page).not.toContain(DEMO.partnerKeys.subscriptionKey);
  });

  it("shows a payment's event log and each webhook delivery with its attempts and answers", async () => {
    const rx = await startReceiver();
    try {
      rx.answers = [500];
      await t.inject({ method: 'POST', url: '/webhooks/v1/webhooks', headers: await partner(t), payload: { url: rx.url('/inspected'), events: ['epayments.payment.created.v1', 'epayments.payment.captured.v1'] } });
      const { reference } = await create(t, await partner(t));
      await payerDecides(t, DEMO.units.partnerNett, reference, 'approve');
      await adjust(t, await partner(t), reference, 'capture', 300);
      await t.rt.outbox.runOnce();
      await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 2 } });
      while ((await t.rt.outbox.runOnce()) > 0);

      const list = await t.inject({ method: 'GET', url: `/inspector/payments?msn=${DEMO.units.partnerNett}` });
      const id = new RegExp(`href="/inspector/payments/([\\w-]+)">${reference}<`).exec(list.body)![1]!;
      const page = (await t.inject({ method: 'GET', url: `/inspector/payments/${id}` })).body;
      for (const e of ['CREATED', 'AUTHORIZED', 'CAPTURED']) expect(page).toContain(`<td>${e}</td>`);
      expect(page).toContain('epayments.payment.created.v1');
      expect(page).toContain('not now (500)'); // the receiver's answer to the first attempt
      expect(page).toContain('thanks');
      expect((page.match(/data-delivery-id=/g) ?? []).length).toBe(2);

      const deliveries = (await t.inject({ method: 'GET', url: `/inspector/webhooks?msn=${DEMO.units.partnerNett}` })).body;
      expect(deliveries).toContain(reference);
      expect(deliveries).toContain('delivered');
    } finally {
      await rx.close();
    }
  });

  it('an unknown payment: 404 page', async () => {
    expect((await t.inject({ method: 'GET', url: '/inspector/payments/nope' })).statusCode).toBe(404);
  });
});
