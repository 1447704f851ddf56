// The payer's app pages for eCom orders: approve confirms the answer and returns the payer to
// the merchant's fallBack (reject too), Express asks for the phone, then offers the merchant's
// shipping options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser } from '../support/forms.js';
import { details, drain, initiate, initiateBody, partnerHeaders } from '../support/ecom.js';

const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
const pathOf = (url: string) => url.replace('http://vpp.test', '');

describe('payer app: eCom orders', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('approving confirms it, then returns to the fallBack by itself; the order is reserved', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h);
    const b = new Browser(t);
    const page = await b.get(pathOf(res.url));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('One pair of socks');
    const token = new URL(res.url).searchParams.get('token')!;
    const done = await b.post('/app/ecom', { token, csrf: csrfOf(page.body), phone: '4791234567', decision: 'approve' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/app/ecom?token=${token}`);
    const confirmation = await b.get(done.headers.location as string);
    expect(confirmation.body).toContain('✓</span> Payment approved');
    expect(confirmation.body).toContain('200.00 NOK to Fjellbakeriet Nett, from 4791234567.');
    expect(confirmation.body).toContain('<a class="button" href="https://shop.example/vipps/fallback?order=1">Back to the merchant</a>');
    expect(confirmation.body).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/vipps/fallback?order=1"/>');
    expect(confirmation.body).not.toContain('name="decision"');
    const d = (await details(t, h, orderId)).json();
    expect(d.transactionLogHistory[0].operation).toBe('RESERVE');
  });

  it('rejecting confirms it and returns to the same fallBack; the order is cancelled', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h);
    const b = new Browser(t);
    const page = await b.get(pathOf(res.url));
    const done = await b.post('/app/ecom', { token: new URL(res.url).searchParams.get('token')!, csrf: csrfOf(page.body), decision: 'reject' });
    const confirmation = await b.get(done.headers.location as string);
    expect(confirmation.body).toContain('✕</span> Payment rejected');
    expect(confirmation.body).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/vipps/fallback?order=1"/>');
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('CANCEL');
  });

  it('a form without its CSRF token changes nothing', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h);
    const b = new Browser(t);
    await b.get(pathOf(res.url));
    const done = await b.post('/app/ecom', { token: new URL(res.url).searchParams.get('token')!, csrf: 'forged', decision: 'approve', phone: '4791234567' });
    expect(done.statusCode).toBe(403);
    expect((await details(t, h, orderId)).json().transactionLogHistory).toHaveLength(1);
  });

  it('Express: phone first, then the static shipping options as choices', async () => {
    const h = await partnerHeaders(t);
    const body = initiateBody({
      customerInfo: { mobileNumber: undefined },
      merchantInfo: { paymentType: 'eComm Express Payment', consentRemovalPrefix: 'https://shop.example/consent', staticShippingDetails: [{ isDefault: 'Y', shippingCost: 79, shippingMethod: 'Home delivery', shippingMethodId: 'home' }] },
    });
    const { orderId, res } = await initiate(t, h, body);
    const token = new URL(res.url).searchParams.get('token')!;
    const b = new Browser(t);
    const first = await b.get(pathOf(res.url));
    const cont = await b.post('/app/ecom', { token, csrf: csrfOf(first.body), phone: '4791234567', decision: 'continue' });
    expect(cont.statusCode).toBe(303);
    const choose = await b.get(pathOf(res.url));
    expect(choose.body).toContain('Home delivery');
    const done = await b.post('/app/ecom', { token, csrf: csrfOf(choose.body), phone: '4791234567', shippingMethodId: 'home', decision: 'approve' });
    expect(done.statusCode).toBe(303);
    await drain(t);
    const d = (await details(t, h, orderId)).json();
    expect(d.shippingDetails.shippingMethodId).toBe('home');
    expect(d.transactionSummary.remainingAmountToCapture).toBe(27900);
  });

  it('an unknown token is a 404 page', async () => {
    const res = await t.inject({ method: 'GET', url: '/app/ecom?token=abcdefghijklmnopqrstuvwxyz' });
    expect(res.statusCode).toBe(404);
  });
});
