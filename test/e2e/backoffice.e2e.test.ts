// The back office in a real browser: a decline the partner never hears of, a question the
// merchant answers in the portal, and a manual signup.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';
import { DEMO } from '../support/demo.js';
import { fullPrefill } from '../support/management.js';
import { caseOf, prefill } from '../support/signup.js';
import { findProductOrder } from '../../src/store/product-orders-repo.js';

const FJELL = fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' }, salesUnitName: 'Fjellbakeriet Kaker' });

describe('the back office in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ t, browser }));
  beforeEach(() => browser.clearCookies());

  async function kariSends(path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await page.getByRole('button', { name: 'Log in as Kari' }).click();
    await page.waitForURL(`${base}${path}`);
    await page.getByRole('button', { name: 'Send the order' }).click();
    await page.waitForURL(`${base}${path}?sent=1`);
    return page;
  }

  async function operatorOn(url: string): Promise<Page> {
    const op = await browser.newPage();
    await op.goto(`${base}${url}`);
    await op.fill('input[name=username]', 'saksbehandler');
    await op.fill('input[name=password]', 'backoffice-demo');
    await op.getByRole('button', { name: 'Log in' }).click();
    await op.waitForURL(`${base}${url}`);
    return op;
  }

  it('declines: the merchant is emailed, the partner is told nothing and never sees the reason', async () => {
    const { id, path } = await prefill(t, FJELL);
    const merchant = await kariSends(path);
    const op = await operatorOn(`/backoffice/cases/${await caseOf(t, id)}`);
    await op.fill('textarea[name=reason]', 'Sells goods outside our risk appetite');
    await op.getByRole('button', { name: 'Decline' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Declined. The merchant was emailed; the partner was told nothing.');
    expect(await op.textContent('main')).toContain('Internal reason (never shown to the merchant or the partner): Sells goods outside our risk appetite');
    await screenshots(op, 'backoffice-case-declined');

    await op.goto(`${base}/mailbox?to=partner%40fjordkassa.example`);
    expect(await op.textContent('main')).toContain('No email to partner@fjordkassa.example.');
    await op.goto(`${base}/mailbox?to=post%40fjellbakeriet.example`);
    const mail = await op.textContent('main');
    expect(mail).toContain('Your product order for Vipps på nett was not approved');
    expect(mail).not.toContain('risk appetite');
    await screenshots(op, 'mailbox-declined');

    const api = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(api.json().prefillStatus).toBe('COMPLETED');
    expect(api.body).not.toContain('risk');

    await merchant.goto(`${base}${path}`);
    expect(await merchant.textContent('main')).toContain('Vipps MobilePay could not approve this order.');
    expect(await merchant.textContent('main')).not.toContain('risk appetite');
    await screenshots(merchant, 'prefill-order-declined');
    await op.close();
    await merchant.close();
  });

  it('asks for more information; the merchant answers in the portal; the case returns to the queue', async () => {
    const { id, path } = await prefill(t, FJELL);
    const merchant = await kariSends(path);
    const op = await operatorOn(`/backoffice/cases/${await caseOf(t, id)}`);
    await op.fill('textarea[name=question]', 'Does your web shop show your organisation number?');
    await op.getByRole('button', { name: 'Send the question' }).click();
    await expect.poll(() => op.textContent('main')).toContain('The question was emailed to the merchant');
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('AWAITING-CUSTOMER');

    await merchant.goto(`${base}/portal`);
    expect(await merchant.textContent('main')).toContain('Vipps MobilePay has a question about the product order Fjellbakeriet Kaker');
    await screenshots(merchant, 'portal-home-question');
    await merchant.getByRole('link', { name: 'Read and answer it' }).click();
    await merchant.waitForURL(`${base}${path}`);
    expect(await merchant.textContent('main')).toContain('Does your web shop show your organisation number?');
    await merchant.fill('textarea[name=answer]', 'Yes, at the bottom of every page.');
    await screenshots(merchant, 'prefill-question');
    await merchant.getByRole('button', { name: 'Send answer' }).click();
    await merchant.waitForURL(`${base}${path}?answered=1`);
    expect(await merchant.textContent('main')).toContain('Thank you: your answer was sent');
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('PROCESSING');

    await op.goto(`${base}/backoffice`);
    expect(await op.textContent('main')).toContain('Answered: to review');
    await op.goto(`${base}/backoffice/cases/${await caseOf(t, id)}`);
    expect(await op.textContent('main')).toContain('Yes, at the bottom of every page.');
    await op.close();
    await merchant.close();
  });

  it('takes a manual signup for Vipps i kassa, with a partner and one of its price packages', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/portal/register/vippsikasse`);
    await page.getByRole('button', { name: 'Log in as Kari' }).click();
    await page.waitForURL(`${base}/portal/register/vippsikasse`);
    await page.selectOption('select[name=partnerId]', '100001');
    await page.selectOption('select[name=pricePackageId]', '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a02');
    await page.fill('input[name=salesUnitName]', 'Fjellbakeriet Torget');
    await page.fill('input[name="settlementBankAccount.id"]', '15031234562');
    await page.fill('textarea[name=intendedPurpose]', 'Bread and coffee over the counter');
    await screenshots(page, 'manual-signup');
    await page.getByRole('button', { name: 'Send the order' }).click();
    await page.waitForURL(/\/portal\/register\/vippsikasse\/[0-9a-f-]{36}\?sent=1$/);
    expect(await page.textContent('main')).toContain('Fjordkassa Butikk');
    await page.close();
  });
});
