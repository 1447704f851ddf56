// A real browser for end-to-end tests: Debian's Chromium driven by playwright-core, in a
// fresh profile each time, and the app listening on a local port.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp, type TestAppOptions } from './app.js';

export const CHROMIUM = process.env.VPP_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export async function launchBrowser(): Promise<BrowserContext> {
  const dir = mkdtempSync(join(tmpdir(), 'vpp-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: DESKTOP,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Chromium may still be writing its profile as the context closes: clean up best-effort.
  context.on('close', () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      /* a temporary directory; the OS clears it */
    }
  });
  return context;
}

/** Saves the page at desktop and phone width, for a person to look at. */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

export interface BrowserApp {
  t: TestApp;
  /** Where the app listens, like http://127.0.0.1:41234. */
  base: string;
  browser: BrowserContext;
}

/** The app listening on a local port, and a fresh Chromium to drive it. */
export async function openBrowserApp(opts: TestAppOptions = {}): Promise<BrowserApp> {
  const t = await startTestApp(opts);
  const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await launchBrowser();
  return { t, base, browser };
}

export async function closeBrowserApp(s: Partial<BrowserApp>): Promise<void> {
  await s.browser?.close();
  await s.t?.close();
}
