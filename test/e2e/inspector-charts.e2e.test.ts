import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeBrowserApp, openBrowserApp, PHONE, type BrowserApp } from '../support/browser.js';
import { DEMO } from '../support/demo.js';
import { create, partner } from '../support/payments.js';

describe('the inspector and the API reference in Chromium', () => {
  let s: BrowserApp;
  beforeAll(async () => {
    s = await openBrowserApp();
  });
  afterAll(() => closeBrowserApp(s));

  it('draws the charts with chart.js, opens a request and replays it', async () => {
    const { reference } = await create(s.t, await partner(s.t));
    await s.t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers: await partner(s.t) });
    await s.t.inject({ method: 'GET', url: '/epayment/v1/payments/no-such-one', headers: await partner(s.t, DEMO.units.partnerKafe) });
    const page = await s.browser.newPage();
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(s.base)) external.push(r.url());
    });
    await page.goto(`${s.base}/inspector`);
    await page.waitForSelector('body[data-charts-drawn="yes"]');
    for (const id of ['chart-requests', 'chart-errors', 'chart-units']) {
      const drawn = await page.$eval(`#${id}`, (c) => (c as HTMLCanvasElement).width > 0 && !!(window as unknown as { Chart: { getChart(c: unknown): unknown } }).Chart.getChart(c));
      expect(drawn, id).toBe(true);
    }
    await page.click(`a[href^="/inspector/requests/"]:has-text("GET /epayment/v1/payments/${reference}")`);
    await page.waitForSelector('text=Replay this request');
    expect(await page.textContent('main')).toContain('Bearer [redacted]');
    await page.click('text=Replay this request');
    await page.waitForSelector('text=x-vpp-replay-of');
    expect(await page.textContent('main')).toContain(`GET /epayment/v1/payments/${reference}`);
    await page.setViewportSize(PHONE);
    await page.goto(`${s.base}/inspector`);
    await page.waitForSelector('body[data-charts-drawn="yes"]');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(external).toEqual([]);
  });

  it('/docs/api shows enums and a description per status, and fits a phone', async () => {
    const page = await s.browser.newPage();
    await page.setViewportSize(PHONE);
    await page.goto(`${s.base}/docs`);
    expect(page.url()).toBe(`${s.base}/docs/api`);
    await page.waitForSelector('body[data-reference-ready="yes"]');
    await page.click('h3[data-tag="Management API: partners"]');
    await page.click('.opblock[id$="get_management_v1_partners_price_packages"] .opblock-summary-control');
    await page.waitForSelector('.opblock.is-open .responses-table');
    const open = page.locator('.opblock.is-open');
    expect(await open.textContent()).not.toContain('Default Response');
    expect(await open.locator('.responses-table .response').first().textContent()).toContain('OK');
    await open.locator('.responses-table .response').first().locator('button', { hasText: 'Schema' }).first().click();
    await open.locator('text=Enum').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
