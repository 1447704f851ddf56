// useExplicitCheckoutFlow (Express): the payer must choose shipping and confirm the address
// themselves. Without it the app preselects the merchant's default option and ships to the
// profile's address; with it nothing is preselected, the address is shown with a box to
// confirm, and an approval that skips either is refused and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser } from '../support/forms.js';
import { details, initiate, initiateBody, MSN, partnerHeaders, payer } from '../support/ecom.js';

const csrfOf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
const pathOf = (url: string) => url.replace('http://vpp.test', '');
const options = [
  { isDefault: 'N', priority: 1, shippingCost: 49, shippingMethod: 'Pick-up point', shippingMethodId: 'pickup' },
  { isDefault: 'Y', priority: 2, shippingCost: 99, shippingMethod: 'Home delivery', shippingMethodId: 'home' },
];

describe('eCom Express: useExplicitCheckoutFlow', () => {
  let t: TestApp;
  let h: Record<string, string>;
  beforeAll(async () => {
    t = await startTestApp();
    h = await partnerHeaders(t);
  });
  afterAll(() => t.close());

  const order = (useExplicitCheckoutFlow: boolean) =>
    initiate(t, h, initiateBody({
      merchantInfo: { paymentType: 'eComm Express Payment', consentRemovalPrefix: 'https://shop.example/consent', staticShippingDetails: options },
      transaction: { useExplicitCheckoutFlow },
    }));

  it('without it, an approval takes the default option; the page preselects it and asks no confirmation', async () => {
    const { orderId, res } = await order(false);
    const page = await new Browser(t).get(pathOf(res.url));
    expect(page.body).toMatch(/value="home" checked/);
    expect(page.body).not.toContain('addressConfirmed');
    const after = await payer(t, MSN, orderId, 'approve');
    expect(after.shipping.shippingMethodId).toBe('home');
  });

  it('with it, the page preselects nothing and shows the address with a box to confirm', async () => {
    const { res } = await order(true);
    const page = await new Browser(t).get(pathOf(res.url));
    expect(page.body).not.toMatch(/checked/);
    expect(page.body).toContain('Bakkegata 1, 0150 Oslo');
    expect(page.body).toMatch(/name="addressConfirmed" value="yes" required/);
  });

  it('with it, approving without a chosen option or without confirming the address is refused and changes nothing', async () => {
    const { orderId } = await order(true);
    expect((await t.inject({ method: 'GET', url: `/_sim/ecom/${MSN}/${orderId}` })).json().explicitCheckout).toBe(true);
    const noChoice = await t.inject({ method: 'POST', url: `/_sim/ecom/${MSN}/${orderId}/approve`, payload: { addressConfirmed: true } });
    expect(noChoice.statusCode).toBe(400);
    expect(noChoice.body).toContain('useExplicitCheckoutFlow');
    const unconfirmed = await t.inject({ method: 'POST', url: `/_sim/ecom/${MSN}/${orderId}/approve`, payload: { shippingMethodId: 'pickup' } });
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('addressConfirmed');
    expect((await details(t, h, orderId)).json().transactionLogHistory).toHaveLength(1);
    const ok = await payer(t, MSN, orderId, 'approve', { shippingMethodId: 'pickup', addressConfirmed: true });
    expect(ok).toMatchObject({ state: 'AUTHORIZED', amount: 24900, shipping: { shippingMethodId: 'pickup' } });
  });

  it('with it, the page form approves once the payer chose and confirmed', async () => {
    const { orderId, res } = await order(true);
    const token = new URL(res.url).searchParams.get('token')!;
    const b = new Browser(t);
    const page = await b.get(pathOf(res.url));
    const refused = await b.post('/app/ecom', { token, csrf: csrfOf(page.body), phone: '4791234567', shippingMethodId: 'home', decision: 'approve' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('confirm the address');
    const done = await b.post('/app/ecom', { token, csrf: csrfOf(refused.body), phone: '4791234567', shippingMethodId: 'home', addressConfirmed: 'yes', decision: 'approve' });
    expect(done.statusCode).toBe(303);
    expect((await details(t, h, orderId)).json().shippingDetails.shippingMethodId).toBe('home');
  });
});
