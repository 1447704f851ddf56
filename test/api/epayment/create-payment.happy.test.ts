import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, getEvents, getPayment, merchant, newRef, partner, PAYER, paymentBody } from '../../support/payments.js';

describe('POST /epayment/v1/payments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a web payment with partner keys: 201, the reference and a landing page URL', async () => {
    const body = paymentBody();
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t), payload: body });
    expect(res.statusCode).toBe(201);
    const out = res.json();
    expect(out.reference).toBe(body.reference);
    expect(out.redirectUrl).toMatch(/^http:\/\/vpp\.test\/app\/landing\?token=[\w-]{20,}$/);
  });

  it('the new payment is CREATED with an empty aggregate, its metadata, and a CREATED event', async () => {
    const metadata = { orderId: '42', channel: 'web' };
    const { reference } = await create(t, await partner(t), { metadata, amount: { currency: 'NOK', value: 49900 } });
    const p = (await getPayment(t, await partner(t), reference)).json();
    expect(p).toMatchObject({ state: 'CREATED', reference, amount: { currency: 'NOK', value: 49900 }, paymentMethod: { type: 'WALLET' }, profile: {}, metadata });
    expect(p.aggregate).toEqual({
      authorizedAmount: { currency: 'NOK', value: 0 },
      cancelledAmount: { currency: 'NOK', value: 0 },
      capturedAmount: { currency: 'NOK', value: 0 },
      refundedAmount: { currency: 'NOK', value: 0 },
    });
    expect(p.pspReference).toMatch(/^[0-9a-f-]{36}$/);
    const events = (await getEvents(t, await partner(t), reference)).json();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ name: 'CREATED', reference, pspReference: p.pspReference, amount: { currency: 'NOK', value: 49900 }, success: true });
  });

  it('merchant keys create for their own unit, with or without the Merchant-Serial-Number header', async () => {
    await create(t, await merchant(t));
    await create(t, await merchant(t, { 'merchant-serial-number': DEMO.units.noPartner }));
  });

  it('PUSH_MESSAGE answers without a redirectUrl and lands in the payer\'s list', async () => {
    const body = paymentBody({ userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: PAYER }, returnUrl: undefined });
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t), payload: body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ reference: body.reference });
    const list = (await t.inject({ method: 'GET', url: `/_sim/payments?phoneNumber=${PAYER}` })).json();
    expect(list.payments.map((p: { reference: string }) => p.reference)).toContain(body.reference);
  });

  it('QR answers with a link to an SVG, a PNG or the target URL as asked', async () => {
    const svg = await create(t, await partner(t), { userFlow: 'QR', returnUrl: undefined });
    expect(svg.body.redirectUrl).toMatch(/\/app\/qr\/[\w-]+\.svg$/);
    const png = await create(t, await partner(t), { userFlow: 'QR', returnUrl: undefined, qrFormat: { format: 'IMAGE/PNG', size: 300 } });
    expect(png.body.redirectUrl).toMatch(/\/app\/qr\/[\w-]+\.png\?size=300$/);
    const text = await create(t, await partner(t), { userFlow: 'QR', returnUrl: undefined, qrFormat: { format: 'TEXT/TARGETURL' } });
    expect(text.body.redirectUrl).toMatch(/\/app\/landing\?token=/);
    const image = await t.inject({ method: 'GET', url: new URL(svg.body.redirectUrl!).pathname });
    expect(image.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(image.body).toMatch(/^<svg/);
    const pngImage = await t.inject({ method: 'GET', url: new URL(png.body.redirectUrl!).pathname + '?size=300' });
    expect(pngImage.headers['content-type']).toBe('image/png');
    expect(pngImage.rawPayload.subarray(1, 4).toString()).toBe('PNG');
  });

  it('a long-living payment expires at its expiresAt', async () => {
    const expiresAt = new Date(t.rt.clock.now() + 3 * 86_400_000).toISOString();
    const receipt = { orderLines: [{ name: 'Invoice 7', id: 'l1', totalAmount: 1000, totalAmountExcludingTax: 800, totalTaxAmount: 200, taxRate: 2500 }], bottomLine: { currency: 'NOK' } };
    const { reference } = await create(t, await partner(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: PAYER }, returnUrl: undefined, expiresAt, receipt });
    const sim = (await t.inject({ method: 'GET', url: `/_sim/payments/${DEMO.units.partnerNett}/${reference}` })).json();
    expect(sim.expiresAt).toBe(expiresAt);
  });

  it('the same reference may be used by another sales unit', async () => {
    const reference = newRef('shared');
    await create(t, await partner(t, DEMO.units.partnerNett), { reference });
    await create(t, await partner(t, DEMO.units.partnerKafe), { reference });
  });

  it('records the Vipps-System headers and the MSN in the request log', async () => {
    const headers = await partner(t, DEMO.units.partnerKafe, { 'vipps-system-name': 'acme', 'vipps-system-version': '3.1.2', 'vipps-system-plugin-name': 'acme-webshop', 'vipps-system-plugin-version': '4.5.6' });
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: paymentBody() });
    expect(res.statusCode).toBe(201);
    await t.rt.requestLog.flush();
    const row = await t.rt.store.db.selectFrom('api_requests').selectAll().where('id', '=', res.headers['x-request-id'] as string).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ api: 'epayment', msn: DEMO.units.partnerKafe, status: 201, key_kind: 'partner', owner: 'Fjordkassa Platform', system_name: 'acme', plugin_version: '4.5.6' });
  });
});
