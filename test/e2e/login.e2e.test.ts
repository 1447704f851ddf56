// Logging in to the portal and the back office in a real browser, without JavaScript help.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';

describe('log-in pages in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ t, browser }));

  it('a person picks themselves on the BankID page and lands on the portal home', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/portal`);
    expect(page.url()).toContain('/portal/login');
    await screenshots(page, 'portal-login');
    await page.getByRole('button', { name: 'Log in as Kari' }).click();
    await page.waitForURL(`${base}/portal`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Hello, Kari Nordmann');
    expect(await page.textContent('main')).toContain('Fjellbakeriet AS');
    await screenshots(page, 'portal-home');
    await page.close();
  });

  it('a typed, malformed number is refused on the page', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/portal/login`);
    await page.fill('input[name=nin]', '12345678901');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toContain('check digits');
    await page.close();
  });

  it('an operator logs in to the back office', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/backoffice`);
    await screenshots(page, 'backoffice-login');
    await page.fill('input[name=username]', 'saksbehandler');
    await page.fill('input[name=password]', 'backoffice-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/backoffice`);
    expect(await page.textContent('body')).toContain('Logged in as Berit Saksbehandler');
    await page.close();
  });
});
