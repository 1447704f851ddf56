// The payer's app confirms an eCom order and a Recurring agreement the way it confirms an
// ePayment payment (test/e2e/landing-page.test.ts): the answer is confirmed on the page, and
// the app goes back to the merchant by itself, without the payer pressing anything.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { startShop, type Shop } from '../support/shop.js';
import { details, initiate, initiateBody, partnerHeaders } from '../support/ecom.js';
import { auth, createAgreement, PAYER } from '../support/recurring.js';
import { inNamespace, NETT } from '../support/namespaces.js';

describe("the payer's app confirms eCom orders and Recurring agreements, in Chromium", () => {
  let t: TestApp;
  let base: string;
  let shop: Shop;
  let shopUrl: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
    // The merchant's shop, where the app returns to.
    shop = await startShop();
    shopUrl = shop.url;
  });
  afterAll(async () => {
    await closeBrowserApp({ t, browser });
    await shop?.close();
  });

  const visit = (url: string) => base + new URL(url).pathname + new URL(url).search;
  const agreementStatus = async (id: string) => (await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}`, headers: await auth(t) })).json().status;

  it('eCom: approving shows the confirmation, then the app returns to the fallBack by itself', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h, initiateBody({ merchantInfo: { fallBack: `${shopUrl}/fallback?order=e1` } }));
    const page = await browser.newPage();
    await page.goto(visit(res.url));
    await page.getByLabel('Your phone number').fill('91234567');
    await page.getByRole('button', { name: /Approve/ }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment approved');
    expect(await page.getByTestId('state').textContent()).toContain('200.00 NOK to Fjellbakeriet Nett, from 4791234567');
    // Nobody clicks: the app goes back on its own.
    await page.waitForURL(`${shopUrl}/fallback?order=e1`);
    expect(await page.locator('#path').textContent()).toBe('/fallback?order=e1');
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('RESERVE');
    await page.close();
  });

  it('eCom: rejecting shows the rejection, with the way back to the fallBack', async () => {
    const h = await partnerHeaders(t);
    const { orderId, res } = await initiate(t, h, initiateBody({ merchantInfo: { fallBack: `${shopUrl}/fallback?order=e2` } }));
    const page = await browser.newPage();
    await page.goto(visit(res.url));
    await page.getByRole('button', { name: 'Reject' }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment rejected');
    await Promise.all([page.waitForURL(`${shopUrl}/fallback?order=e2`), page.getByRole('link', { name: 'Back to the merchant' }).click()]);
    expect((await details(t, h, orderId)).json().transactionLogHistory[0].operation).toBe('CANCEL');
    await page.close();
  });

  it('Recurring: accepting shows the confirmation, then the app returns to merchantRedirectUrl by itself', async () => {
    const created = await createAgreement(t, { merchantRedirectUrl: `${shopUrl}/agreement?id=r1` });
    const page = await browser.newPage();
    await page.goto(visit(created.vippsConfirmationUrl));
    await page.getByLabel('Your phone number').fill(PAYER);
    await page.getByRole('button', { name: 'Accept' }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Agreement accepted');
    expect(await page.getByTestId('state').textContent()).toContain(`Avis Digital with Fjellbakeriet Nett, from ${PAYER}`);
    await page.waitForURL(`${shopUrl}/agreement?id=r1`);
    expect(await agreementStatus(created.agreementId)).toBe('ACTIVE');
    await page.close();
  });

  it('Recurring: rejecting shows the rejection and returns to the merchant', async () => {
    const created = await createAgreement(t, { merchantRedirectUrl: `${shopUrl}/agreement?id=r2` });
    const page = await browser.newPage();
    await page.goto(visit(created.vippsConfirmationUrl));
    await page.getByLabel('Your phone number').fill(PAYER);
    await page.getByRole('button', { name: 'Reject' }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Agreement rejected');
    await page.waitForURL(`${shopUrl}/agreement?id=r2`);
    expect(await agreementStatus(created.agreementId)).toBe('STOPPED');
    await page.close();
  });

  it('inside a namespace, the payer stays in it from the landing page to the confirmation, then returns to the shop', async () => {
    expect((await t.inject({ method: 'POST', url: '/_sim/namespaces', payload: { name: 'browser' } })).statusCode).toBe(201);
    const ns = inNamespace(t, 'browser');
    const reference = `ns-browser-${Date.now()}`;
    const made = await ns.inject(
      'POST',
      '/epayment/v1/payments',
      { amount: { currency: 'NOK', value: 1500 }, paymentMethod: { type: 'WALLET' }, reference, userFlow: 'WEB_REDIRECT', returnUrl: `${shopUrl}/return?order=ns1` },
      { ...(await ns.auth()), 'idempotency-key': reference },
    );
    expect(made.statusCode, made.body).toBe(201);
    const page = await browser.newPage();
    await page.goto(visit(made.json().redirectUrl));
    await page.getByLabel('Your phone number').fill('91234567');
    await page.getByRole('button', { name: /Approve/ }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment approved');
    expect(new URL(page.url()).pathname).toBe('/ns/browser/app/landing');
    await page.waitForURL(`${shopUrl}/return?order=ns1`);
    expect((await ns.getPayment(reference)).json().state).toBe('AUTHORIZED');
    expect((await t.inject({ method: 'GET', url: `/_sim/payments/${NETT}/${reference}` })).statusCode).toBe(404);
    await page.close();
  });
});
