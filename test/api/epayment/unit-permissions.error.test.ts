// A sales unit's permissions decide what its payments may do: the ePayment API answers the
// documented "not allowed" errors, and the back office's grant changes that at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from '../../../src/domain/world/world-schema.js';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { csrfOf } from '../../support/forms.js';
import { PAYER, partner, paymentBody } from '../../support/payments.js';
import { operator } from '../../support/signup.js';

const PLAIN = '212349'; // reserve capture, no skip-landing-page, no long-living payments
const DIRECT = '212350'; // direct capture
const WORLD = {
  ...DEMO.world,
  salesUnits: [
    ...(DEMO.world.salesUnits ?? []),
    { msn: PLAIN, name: 'Fjellbakeriet Butikk', merchant: '923456783', partner: 'Fjordkassa Platform', configuration: { captureType: 'ReserveCapture' } },
    { msn: DIRECT, name: 'Fjellbakeriet Digital', merchant: '923456783', partner: 'Fjordkassa Platform', configuration: { captureType: 'DirectCapture', skipLandingPage: true, longLivingPaymentsAllowed: true } },
  ],
} as unknown as World;

const receipt = { orderLines: [{ name: 'Invoice 7', id: 'l1', totalAmount: 1000, totalAmountExcludingTax: 800, totalTaxAmount: 200, taxRate: 2500 }], bottomLine: { currency: 'NOK' } };

describe("ePayment create: the sales unit's permissions", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ world: WORLD });
  });
  afterAll(() => t.close());

  const createAt = async (msn: string, over: Record<string, unknown>) => t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t, msn), payload: paymentBody(over) });
  const push = { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: PAYER }, returnUrl: undefined };
  const longLiving = () => ({ userFlow: 'QR', returnUrl: undefined, expiresAt: new Date(t.rt.clock.now() + 2 * 86_400_000).toISOString(), receipt });

  it('PUSH_MESSAGE at a unit that may not skip the landing page: 403 Skip landing page not allowed', async () => {
    const res = await createAt(PLAIN, push);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ title: 'Skip landing page not allowed', type: 'https://developer.vippsmobilepay.com/epayment/v1/skip-landing-page-not-allowed' });
    expect(res.json().detail).toContain(PLAIN);
    expect((await createAt(PLAIN, {})).statusCode).toBe(201); // WEB_REDIRECT shows the landing page
  });

  it('expiresAt at a unit without long-living payments: 403 Long-living payment not allowed', async () => {
    const res = await createAt(PLAIN, longLiving());
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ title: 'Long-living payment not allowed', type: 'https://developer.vippsmobilepay.com/epayment/v1/long-living-payment-not-allowed' });
    expect((await createAt(DEMO.units.partnerNett, longLiving())).statusCode).toBe(201);
  });

  it('any ePayment at a direct-capture unit: 403 Reserve capture not allowed, and nothing is created', async () => {
    const body = paymentBody();
    const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: await partner(t, DIRECT), payload: body });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ title: 'Reserve capture not allowed', type: 'https://developer.vippsmobilepay.com/epayment/v1/reserve-capture-not-allowed' });
    expect((await t.inject({ method: 'GET', url: `/epayment/v1/payments/${body.reference}`, headers: await partner(t, DIRECT) })).statusCode).toBe(404);
  });

  it('the back office grants skip-landing-page and long-living payments, and withdraws direct capture', async () => {
    const berit = await operator(t);
    const page = await berit.get(`/backoffice/sales-units/${PLAIN}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Payment permissions');
    const saved = await berit.post(`/backoffice/sales-units/${PLAIN}/permissions`, { _csrf: csrfOf(page.body), captureType: 'ReserveCapture', skipLandingPage: 'yes', longLivingPayments: 'yes' });
    expect(saved.statusCode).toBe(303);
    expect((await createAt(PLAIN, push)).statusCode).toBe(201);
    expect((await createAt(PLAIN, longLiving())).statusCode).toBe(201);

    const direct = await berit.get(`/backoffice/sales-units/${DIRECT}`);
    await berit.post(`/backoffice/sales-units/${DIRECT}/permissions`, { _csrf: csrfOf(direct.body), captureType: 'ReserveCapture' });
    expect((await createAt(DIRECT, {})).statusCode).toBe(201);
    expect((await createAt(DIRECT, push)).statusCode).toBe(403); // unchecked boxes withdraw
    const unit = (await t.inject({ method: 'GET', url: `/management/v1/sales-units/${DIRECT}`, headers: await t.auth(DEMO.partnerKeys) })).json();
    expect(unit.configuration).toMatchObject({ captureType: 'ReserveCapture', skipLandingPageAllowed: false });
  });

  it('the back office refuses without its anti-forgery token, and keeps people without a login out', async () => {
    const berit = await operator(t);
    await berit.get(`/backoffice/sales-units/${PLAIN}`);
    expect((await berit.post(`/backoffice/sales-units/${PLAIN}/permissions`, { _csrf: 'forged', captureType: 'DirectCapture' })).statusCode).toBe(403);
    const anon = await t.inject({ method: 'POST', url: `/backoffice/sales-units/${PLAIN}/permissions`, payload: { captureType: 'DirectCapture' } });
    expect(anon.statusCode).toBe(303);
    expect((await createAt(PLAIN, {})).statusCode).toBe(201);
  });
});
