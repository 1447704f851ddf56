// The payer's app pages for eCom orders: approve sends the payer to the merchant's fallBack
// (reject too), Express asks for the phone, then offers the merchant's shipping options.
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

  it('approving redirects to the fallBack, and the order is reserved', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h);
    const b = new Browser(t);
    const page = await b.get(pathOf(res.url));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('One pair of socks');
    const token = new URL(res.url).searchParams.get('token')!;
    const done = await b.post('/app/ecom', { token, csrf: csrfOf(page.body), phone: '4791234567', decision: 'approve' });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('https://shop.example/vipps/fallback?order=1');
    const d = (await details(t, h, orderId)).json();
    expect(d.transactionLogHistory[0].operation).toBe('RESERVE');
  });

  it('rejecting redirects to the same fallBack, and the order is cancelled', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h);
    const b = new Browser(t);
    const page = await b.get(pathOf(res.url));
    const done = await b.post('/app/ecom', { token: new URL(res.url).searchParams.get('token')!, csrf: csrfOf(page.body), decision: 'reject' });
    expect(done.headers.location).toBe('https://shop.example/vipps/fallback?order=1');
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
