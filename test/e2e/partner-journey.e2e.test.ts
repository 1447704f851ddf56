// The partner's own journey in Chromium: apply, be approved, read the keys in the portal,
// order Vipps Logg inn for the partner's own portal access and manage its test sales unit,
// integrate (API traffic), see the checklist judged from it, attach evidence, submit, be
// verified, be listed, and be selected by a merchant signing up manually.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { TestApp } from '../support/app.js';
import { closeBrowserApp, openBrowserApp, screenshots } from '../support/browser.js';
import { meetEpaymentTraffic, TINDESPORT } from '../support/partner-journey.js';
import { startReceiver, type Receiver } from '../support/receiver.js';

describe('the partner journey in Chromium', () => {
  let t: TestApp;
  let browser: BrowserContext;
  let base: string;
  let rx: Receiver;
  beforeAll(async () => {
    ({ t, base, browser } = await openBrowserApp());
    rx = await startReceiver();
  });
  afterAll(async () => {
    await rx.close();
    await closeBrowserApp({ t, browser });
  });

  it('from application to a merchant selecting the new partner in manual signup', { timeout: 120_000 }, async () => {
    // 1. Tindesport applies.
    const applicant = await browser.newPage();
    await applicant.goto(`${base}/partners/apply`);
    await applicant.fill('input[name=orgno]', TINDESPORT.orgno);
    await applicant.fill('input[name=contactName]', 'Marit Dahl');
    await applicant.fill('input[name=contactEmail]', 'partner@tindesport.example');
    await applicant.check('input[name=partnerType][value=platform]');
    await applicant.check('input[name=products][value=VIPPS_PA_NETT]');
    await applicant.check('input[name=products][value=VIPPS_I_KASSA]');
    await applicant.fill('input[name=expectedMerchants]', '35');
    await applicant.fill('input[name=expectedRevenueNok]', '16000000');
    await screenshots(applicant, 'partner-apply');
    await applicant.getByRole('button', { name: 'Send application' }).click();
    await expect.poll(() => applicant.textContent('main')).toContain('The application for Tindesport AS is with our partner team.');

    // 2. The operator sees the registry facts and the level the figures qualify for, and approves.
    const op = await browser.newPage();
    await op.goto(`${base}/backoffice/partner-applications`);
    await op.fill('input[name=username]', 'saksbehandler');
    await op.fill('input[name=password]', 'backoffice-demo');
    await op.getByRole('button', { name: 'Log in' }).click();
    await op.waitForURL(`${base}/backoffice/partner-applications`);
    await op.getByRole('link', { name: 'Tindesport AS' }).click();
    expect(await op.textContent('[data-qualifies]')).toBe('Partner Plus');
    expect(await op.textContent('main')).toContain('Marit Dahl (');
    await screenshots(op, 'backoffice-partner-application');
    await op.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Approved. The partner exists with its test keys');

    // 3. The contact is told where the keys are.
    await op.goto(`${base}/mailbox`);
    expect(await op.textContent('main')).toContain('Welcome as a Partner Plus: your test environment is ready');

    // 4. Marit logs in to the portal and reads the partner keys.
    const partner = await browser.newPage();
    await partner.goto(`${base}/portal/partner/${TINDESPORT.orgno}`);
    await partner.getByRole('button', { name: 'Log in as Marit' }).click();
    await partner.waitForURL(`${base}/portal/partner/${TINDESPORT.orgno}`);
    await partner.getByRole('listitem').filter({ hasText: 'Partner keys' }).getByRole('button', { name: 'Show keys' }).click();
    const creds = {
      clientId: (await partner.textContent('[data-client-id]'))!.trim(),
      clientSecret: (await partner.textContent('[data-client-secret]'))!.trim(),
      subscriptionKey: (await partner.textContent('[data-subscription-key]'))!.trim(),
    };
    const partnerRow = await t.rt.store.db.selectFrom('partners').select('id').where('name', '=', 'Tindesport AS').executeTakeFirstOrThrow();
    const unit = await t.rt.store.db.selectFrom('sales_units').select('msn').where('partner_id', '=', partnerRow.id).executeTakeFirstOrThrow();

    // 4b. Marit orders Vipps Logg inn for Tindesport itself; the back office approves it as any
    // order; then the partner's own test sales unit and its keys are in the portal.
    expect(await partner.getAttribute('[data-portal-access]', 'data-portal-access')).toBe('NOT_ORDERED');
    await partner.goto(`${base}/portal/merchants/${TINDESPORT.orgno}/keys`);
    expect(await partner.textContent('main')).not.toContain(unit.msn);
    await partner.goto(`${base}/portal/partner/${TINDESPORT.orgno}`);
    await partner.getByRole('button', { name: 'Order Vipps Logg inn' }).click();
    await expect.poll(() => partner.textContent('[role=status]')).toContain('Vipps Logg inn ordered.');
    expect(await partner.getAttribute('[data-portal-access]', 'data-portal-access')).toBe('ORDERED');
    await op.goto(`${base}/backoffice`);
    await op.getByRole('row').filter({ hasText: 'Tindesport AS' }).getByRole('link', { name: 'Product order: Vipps Logg inn' }).click();
    await op.getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => op.textContent('main')).toContain('Approved: sales unit');
    await partner.goto(`${base}/portal/partner/${TINDESPORT.orgno}`);
    expect(await partner.getAttribute('[data-portal-access]', 'data-portal-access')).toBe('APPROVED');
    await screenshots(partner, 'portal-partner-access-approved');
    await partner.getByRole('link', { name: 'Sales units and API keys' }).click();
    await partner.waitForURL(`${base}/portal/merchants/${TINDESPORT.orgno}/keys`);
    expect(await partner.textContent('main')).toContain(unit.msn);
    expect(await partner.textContent('main')).toContain('Tindesport AS Logg inn');

    // 5. The integration's traffic, through the real APIs.
    const refs = await meetEpaymentTraffic(t, { ...creds, secondarySubscriptionKey: '' }, unit.msn, rx.url());

    // 6. The checklist, judged from that traffic; evidence for the rest; submit.
    await partner.goto(`${base}/portal/partner/${TINDESPORT.orgno}`);
    const epayment = partner.locator('section[data-api=epayment]');
    expect(await epayment.locator('tr[data-item=ended-captured]').getAttribute('data-state')).toBe('met');
    expect(await epayment.locator('tr[data-item=ended-captured]').textContent()).toContain(refs.captured);
    await screenshots(partner, 'portal-partner-checklist');
    for (const item of ['handle-responses', 'handle-redirects', 'design-guidelines', 'customer-support']) {
      await epayment.locator(`tr[data-item=${item}] input[name=link]`).fill(`https://docs.tindesport.example/${item}`);
      await epayment.locator(`tr[data-item=${item}]`).getByRole('button', { name: 'Attach' }).click();
      await expect.poll(() => partner.textContent('[role=status]')).toContain('Evidence attached.');
    }
    expect(await partner.locator('section[data-api=epayment] [data-all-met]').getAttribute('data-all-met')).toBe('true');
    await partner.check(`input[name=references][value="${refs.captured}"]`);
    await partner.check(`input[name=references][value="${refs.refunded}"]`);
    await partner.fill('input[name=pilotOrgno]', '975312461');
    await partner.fill('textarea[name=description]', 'Tindekasse runs the ePayment flow for shops: https://demo.tindesport.example');
    await partner.getByRole('button', { name: 'Submit the ePayment checklist' }).click();
    await expect.poll(() => partner.textContent('[role=status]')).toContain('Submitted.');

    // 7. The integration team sees it with the automatic verdicts and approves.
    await op.goto(`${base}/backoffice/integrations`);
    await op.getByRole('link', { name: 'Tindesport AS: epayment' }).click();
    expect(await op.textContent('main')).toContain('Nordlys Kaffe AS');
    expect(await op.locator('tr[data-item=polls-after-redirect]').getAttribute('data-state')).toBe('met');
    await screenshots(op, 'backoffice-integration');
    await op.getByRole('button', { name: 'Approve and go live' }).click();
    await expect.poll(() => op.textContent('main')).toContain('the partner is live');

    // 8. Listed publicly by level.
    const visitor = await browser.newPage();
    await visitor.goto(`${base}/partners`);
    expect(await visitor.locator('section', { hasText: 'Partner Plus' }).textContent()).toContain('Tindesport AS');

    // 9. A merchant signing up manually selects the new partner.
    await browser.clearCookies();
    const merchant = await browser.newPage();
    await merchant.goto(`${base}/portal/register/vippspanett`);
    await merchant.getByRole('button', { name: 'Log in as Kari' }).click();
    await merchant.waitForURL(`${base}/portal/register/vippspanett`);
    await merchant.selectOption('select[name=pricePackageId]', { label: 'Tindesport AS Vipps på nett: Vipps på nett through Tindesport AS' });
    await screenshots(merchant, 'signup-select-new-partner');
    expect(await merchant.locator('select[name=pricePackageId] option:checked').textContent()).toContain('Tindesport AS');
  });
});
