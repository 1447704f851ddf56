// The signup flow in a real browser: a partner's pre-fill, the merchant agreement signed by
// the CEO, the order sent, the back office approving, the emails, and the new unit usable
// by the partner's keys. Plus the refusal of a board member and the legacy-invalid warning.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';
import { DEMO } from '../support/demo.js';
import { fullPrefill } from '../support/management.js';
import { legacyInvalidOrder, partnerReachesUnit, prefill } from '../support/signup.js';
import { findProductOrder } from '../../src/store/product-orders-repo.js';

describe('signup in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
  });
  afterAll(() => closeBrowserApp({ t, browser }));

  async function logIn(page: Page, firstName: string) {
    await page.getByRole('button', { name: `Log in as ${firstName}` }).click();
  }
  // Each test starts as a new visitor (the context keeps cookies between pages).
  beforeEach(() => browser.clearCookies());

  it('pre-fill → CEO signs the agreement → reopens the link → sends → operator approves → both emails → the partner reaches the unit', async () => {
    const { id, path } = await prefill(t, fullPrefill({ settlementBankAccount: null, intendedPurpose: null }));
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    expect(page.url()).toContain('/portal/login');
    await logIn(page, 'Sigrid');
    await page.waitForURL(`${base}${path}`);
    await expect.poll(() => page.textContent('main')).toContain('Sign the merchant agreement first.');
    await screenshots(page, 'prefill-no-agreement');

    await page.getByRole('link', { name: 'Fill in and sign the merchant agreement' }).click();
    await page.waitForURL(`${base}/portal/register/975312461`);
    expect(await page.textContent('main')).toContain('Storgata 40, 9008 Tromsø, NO');
    await page.fill('input[name="owners.0.name"]', 'Sigrid Berg');
    await page.fill('input[name="owners.0.nin"]', '28889510031');
    await page.fill('input[name="owners.0.share"]', '100');
    await page.check('input[name="pep"][value="no"]');
    await screenshots(page, 'agreement-form');
    await page.getByRole('button', { name: 'Sign with BankID' }).click();
    await page.waitForURL(/\/portal\/agreements\/[0-9a-f-]{36}\?signed=1$/);
    expect(await page.textContent('main')).toContain('Signed, being processed');
    await screenshots(page, 'agreement-signed');
    const pdfHref = await page.getByRole('link', { name: 'The signed agreement (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(`${base}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await page.goto(`${base}${path}`);
    expect(await page.textContent('main')).toContain('Fjordkassa Platform has filled in this order for you.');
    await screenshots(page, 'prefill-order-form');
    await page.getByRole('button', { name: 'Send the order' }).click();
    await expect.poll(() => page.textContent('#err-settlementBankAccount\\.id')).toContain('is required');
    await screenshots(page, 'prefill-order-errors');
    await page.fill('input[name="settlementBankAccount.id"]', '15031234562');
    await page.fill('textarea[name="intendedPurpose"]', 'Coffee beans and mugs from our web shop');
    await page.getByRole('button', { name: 'Send the order' }).click();
    await page.waitForURL(`${base}${path}?sent=1`);
    expect(await page.textContent('main')).toContain('Sent, waiting for processing');
    await screenshots(page, 'prefill-order-sent');

    const op = await browser.newPage();
    await op.goto(`${base}/backoffice`);
    await op.fill('input[name=username]', 'saksbehandler');
    await op.fill('input[name=password]', 'backoffice-demo');
    await op.getByRole('button', { name: 'Log in' }).click();
    await op.waitForURL(`${base}/backoffice`);
    await screenshots(op, 'backoffice-queue');
    await op.getByRole('link', { name: 'Merchant agreement' }).first().click();
    expect(await op.textContent('main')).toContain('Beneficial owners');
    await screenshots(op, 'backoffice-case-agreement');
    await op.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Approved.');
    await op.goto(`${base}/backoffice`);
    await op.getByRole('link', { name: 'Product order: Vipps på nett' }).click();
    await op.check('input[name=visible]');
    await op.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Confirmed by an operator.');
    await screenshots(op, 'backoffice-case-order');
    await op.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Approved: sales unit');
    const msn = (await findProductOrder(t.rt.store.db, id))!.msn!;

    await op.goto(`${base}/mailbox`);
    const mailbox = await op.textContent('main');
    expect(mailbox).toContain('partner@fjordkassa.example');
    expect(mailbox).toContain('sigrid.berg@nordlyskaffe.example');
    expect(mailbox!.split(`Vipps på nett approved for Nordlys Kaffe AS: MSN ${msn}`).length - 1).toBe(2);
    await screenshots(op, 'mailbox-approved');

    expect(await partnerReachesUnit(t, DEMO.partnerKeys, msn)).toBe('reaches');
    await page.goto(`${base}/portal`);
    expect(await page.textContent('main')).toContain(msn);
    await screenshots(page, 'portal-home-merchant');
    await op.close();
    await page.close();
  });

  it('refuses Hanne Strand, a board member, and names who may act', async () => {
    const { path } = await prefill(t, fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } }));
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await logIn(page, 'Hanne');
    await page.waitForURL(`${base}${path}`);
    const refusal = await page.textContent('main');
    expect(refusal).toContain('You may not open this product order for Fjellbakeriet AS');
    expect(refusal).toContain('here Kari Nordmann (CEO) or Ola Nordmann (chair)');
    await screenshots(page, 'refusal-prefill');

    await page.goto(`${base}/portal/register/923456783`);
    expect(await page.textContent('main')).toContain('only Kari Nordmann (CEO) or Ola Nordmann (chair) may sign it');
    await page.check('input[name=noOwnersOver25]');
    await page.check('input[name="pep"][value="no"]');
    await page.getByRole('button', { name: 'Sign with BankID' }).click();
    await expect.poll(() => page.textContent('[role=alert]')).toContain('Only the CEO (daglig leder) or the chair (styreleder) registered in Brønnøysundregistrene may sign the merchant agreement for Fjellbakeriet AS');
    expect(await page.textContent('[role=alert]')).toContain('You are registered as Board member (styremedlem)');
    await screenshots(page, 'refusal-sign');
    expect(await t.rt.store.db.selectFrom('merchant_agreements').select('id').where('orgno', '=', '923456783').execute()).toEqual([]);
    await page.close();
  });

  it('warns about an invalid legacy pre-fill and shows the empty form', async () => {
    const { path } = await legacyInvalidOrder(t, '923456783');
    const page = await browser.newPage();
    await page.goto(`${base}${path}`);
    await logIn(page, 'Kari');
    await page.waitForURL(`${base}${path}`);
    expect(await page.textContent('main')).toContain('The pre-filled information from Fjordkassa Platform was not valid, so this form starts empty.');
    expect(await page.inputValue('input[name=salesUnitName]')).toBe('');
    await page.click('summary');
    await screenshots(page, 'prefill-invalid-legacy');
    await page.close();
  });
});
