// In Chromium: the merchant asks to move a sales unit to another partner, the operator
// records the new partner's order and reconfigures the MSN, everyone is emailed; then the
// old partner's keys no longer reach the unit and the new partner's do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';
import { DEMO } from '../support/demo.js';
import { unitAccessStatus } from '../support/unit-access.js';

describe('changing partner in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
    browser.setDefaultTimeout(10_000);
  });
  afterAll(() => closeBrowserApp({ t, browser }));

  it('the merchant asks to move Fjellbakeriet Nett to Bølge Plugins', async () => {
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212345')).toBe(200);
    expect(await unitAccessStatus(t, DEMO.otherPartnerKeys, '212345')).toBe(404);
    const page = await browser.newPage();
    await page.goto(`${base}/portal/login`);
    await page.getByRole('button', { name: 'Log in as Kari' }).click();
    await page.waitForURL(`${base}/portal`);
    // The CEO's view of the units: neither has keys of its own yet.
    await page.getByRole('link', { name: 'API keys' }).click();
    expect(await page.getByRole('button', { name: 'Create keys' }).count()).toBe(2);
    await screenshots(page, 'portal-keys-none-yet');
    await page.getByRole('link', { name: 'Change partner' }).click();
    await screenshots(page, 'portal-partner-change');
    await page.getByRole('combobox', { name: 'Sales unit' }).selectOption('212345');
    await page.getByRole('combobox', { name: 'New partner' }).selectOption({ label: 'Bølge Plugins' });
    await page.getByLabel(/I understand that the new partner will see every payment/).check();
    await page.getByRole('button', { name: 'Ask to change partner' }).click();
    expect(await page.getByRole('status').textContent()).toContain('Your request is registered.');
    expect(await page.getByRole('row', { name: /Fjellbakeriet Nett/ }).first().textContent()).toContain("Waiting for the new partner's order");
    await screenshots(page, 'portal-partner-change-requested');
    await page.close();
  });

  it("the operator records the new partner's order and reconfigures the MSN", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/backoffice/login`);
    await page.fill('input[name=username]', 'saksbehandler');
    await page.fill('input[name=password]', 'backoffice-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByRole('link', { name: 'Partner changes' }).click();
    await screenshots(page, 'backoffice-partner-changes');
    await page.locator('a[href^="/backoffice/partner-changes/"]').first().click();
    await screenshots(page, 'backoffice-partner-change-requested');
    await page.getByLabel('How it came').fill('Email from partner@bolge.example, 3 March');
    await page.getByRole('button', { name: "Record the new partner's order" }).click();
    expect(await page.getByRole('status').textContent()).toContain("The new partner's order is recorded.");
    await screenshots(page, 'backoffice-partner-change-ordered');
    // Still the old partner until the operator reconfigures.
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212345')).toBe(200);
    await page.getByRole('button', { name: 'Reconfigure MSN 212345 for Bølge Plugins' }).click();
    expect(await page.getByRole('status').textContent()).toContain('The MSN has its new partner.');
    expect(await page.textContent('main')).toContain('Partner changed from Fjordkassa Platform to Bølge Plugins.');
    await screenshots(page, 'backoffice-partner-change-done');
    await page.getByRole('link', { name: 'Partner changes', exact: true }).first().click();
    expect(await page.textContent('main')).toContain('No partner change is waiting.');
    await screenshots(page, 'backoffice-partner-changes-closed');

    await page.getByRole('link', { name: 'Mailbox' }).click();
    const mail = await page.textContent('main');
    for (const to of ['post@fjellbakeriet.example', 'partner@bolge.example', 'partner@fjordkassa.example']) expect(mail).toContain(to);
    await screenshots(page, 'mailbox-partner-change');
    await page.close();
  });

  it("from then on: the old partner's keys do not reach the unit (404), the new partner's do (200)", async () => {
    for (const keys of [DEMO.partnerKeys, DEMO.otherPartnerKeys]) {
      expect((await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(keys) })).statusCode).toBe(200);
    }
    expect(await unitAccessStatus(t, DEMO.partnerKeys, '212345')).toBe(404);
    expect(await unitAccessStatus(t, DEMO.otherPartnerKeys, '212345')).toBe(200);
  });
});
