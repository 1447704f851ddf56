// The payer's journey in a real browser: the merchant sends the payer to redirectUrl, the
// payer confirms a phone number and approves or rejects, and lands back on returnUrl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp } from '../support/browser.js';
import { startShop, type Shop } from '../support/shop.js';
import { create, getPayment, partner } from '../support/payments.js';

describe('the landing page in Chromium', () => {
  let t: TestApp;
  let base: string;
  let shop: Shop;
  let shopUrl: string;
  let browser: BrowserContext;

  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
    // The merchant's shop, where returnUrl leads.
    shop = await startShop();
    shopUrl = shop.url;
  });
  afterAll(async () => {
    await closeBrowserApp({ t, browser });
    await shop?.close();
  });

  const visit = (redirectUrl: string) => base + new URL(redirectUrl).pathname + new URL(redirectUrl).search;

  it('approve: the payer sees the shop, the amount and the description, then returns to the shop', async () => {
    const { reference, body } = await create(t, await partner(t), { amount: { currency: 'NOK', value: 24900 }, paymentDescription: 'Sourdough loaf', returnUrl: `${shopUrl}/return?order=1` });
    const page = await browser.newPage();
    await page.goto(visit(body.redirectUrl!));
    expect(await page.getByTestId('merchant').textContent()).toBe('Fjellbakeriet Nett');
    expect(await page.getByTestId('amount').textContent()).toBe('249.00 NOK');
    expect(await page.getByTestId('description').textContent()).toBe('Sourdough loaf');
    await page.getByLabel('Your phone number').fill('91234567');
    await page.getByRole('button', { name: /Approve/ }).click();
    // The app confirms the answer before the payer goes back to the shop.
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment approved');
    expect(await page.getByTestId('state').textContent()).toContain('249.00 NOK to Fjellbakeriet Nett, from 4791234567');
    await Promise.all([page.waitForURL(`${shopUrl}/return?order=1`), page.getByRole('link', { name: 'Back to the merchant' }).click()]);
    expect(await page.locator('#path').textContent()).toBe('/return?order=1');
    const p = (await getPayment(t, await partner(t), reference)).json();
    expect(p.state).toBe('AUTHORIZED');
    expect(p.aggregate.authorizedAmount.value).toBe(24900);
    await page.close();
  });

  it('reject: the payment is ABORTED and the payer returns to the shop', async () => {
    const { reference, body } = await create(t, await partner(t), { returnUrl: `${shopUrl}/return?order=2` });
    const page = await browser.newPage();
    await page.goto(visit(body.redirectUrl!));
    await page.getByLabel('Your phone number').fill('4792345678');
    await page.getByRole('button', { name: 'Reject' }).click();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment rejected');
    await Promise.all([page.waitForURL(`${shopUrl}/return?order=2`), page.getByRole('link', { name: 'Back to the merchant' }).click()]);
    expect((await getPayment(t, await partner(t), reference)).json().state).toBe('ABORTED');
    // Back on the landing page, the payment is answered: no buttons any more.
    await page.goto(visit(body.redirectUrl!));
    expect(await page.getByTestId('state').textContent()).toContain('ABORTED');
    expect(await page.getByRole('button', { name: /Approve/ }).count()).toBe(0);
    await page.close();
  });

  it("a push request is answered from the phone's list in the app", async () => {
    const phone = '4794567890';
    const { reference } = await create(t, await partner(t), { userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: phone }, returnUrl: undefined, paymentDescription: 'Fish cakes' });
    const page = await browser.newPage();
    await page.goto(`${base}/app`);
    await page.getByLabel('Phone number').fill(phone);
    await page.getByRole('button', { name: 'Show requests' }).click();
    const card = page.locator(`[data-reference="${reference}"]`);
    expect(await card.textContent()).toContain('Fish cakes');
    await Promise.all([page.waitForURL(new RegExp(`/app\\?phone=${phone}&answered=`)), card.getByRole('button', { name: 'Approve' }).click()]);
    expect(await page.getByTestId('confirmation').textContent()).toContain('Payment approved');
    expect(await page.locator(`[data-reference="${reference}"]`).count()).toBe(0);
    expect((await getPayment(t, await partner(t), reference)).json().state).toBe('AUTHORIZED');
    await page.close();
  });
});
