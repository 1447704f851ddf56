import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { apply, application, becomePartner, partnerKeysFromPortal, TINDESPORT, SOLSIDEN } from '../../support/partner-journey.js';
import { textOf } from '../../support/portal-session.js';

describe('becoming a partner', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('takes an application through the API and says which level the figures qualify for', async () => {
    const res = await apply(t, application(SOLSIDEN.orgno, { expectedMerchants: 60, expectedAnnualRevenue: 80_000_000_00 }));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'PENDING', qualifiesFor: 'Partner Premium' });
    const op = (await becomePartner(t, TINDESPORT)).op;
    const queue = textOf((await op.get('/backoffice/partner-applications')).body);
    expect(queue).toContain('Solsiden Frisør AS');
    const page = await op.get(`/backoffice/partner-applications/${res.json().applicationId}`);
    expect(page.body).toMatch(/data-qualifies[^>]*>Partner Premium</);
    expect(textOf(page.body)).toContain('Jon Bakken (');
  });

  it('documents both JSON routes in /openapi.json', async () => {
    const paths = Object.keys((await t.inject({ method: 'GET', url: '/openapi.json' })).json().paths);
    expect(paths).toContain('/partner-applications/v1/applications');
    expect(paths).toContain('/integration-checklists/v1/partners/{partnerId}/checklists');
  });

  it('approves with partner keys for Partner Plus, a test unit, and an email saying where the keys are', async () => {
    const p = await becomePartner(t, { orgno: '987654325', ceo: '24838410096' }, 'Partner Plus');
    const keys = await t.rt.store.db.selectFrom('key_sets').select('kind').where('partner_id', '=', p.partnerId).execute();
    expect(keys.map((k) => k.kind).sort()).toEqual(['management', 'partner']);
    const emails = (await t.inject({ method: 'GET', url: `/_sim/emails?to=${encodeURIComponent('partner-987654325@example.test')}` })).json().emails;
    expect(emails[0].subject).toBe('Welcome as a Partner Plus: your test environment is ready');
    expect(emails[0].body).toContain('http://vpp.test/portal/partner/987654325');
    expect(emails[0].body).toContain(`test sales unit ${p.msn}`);
    // The keys themselves are never in the email.
    const creds = await partnerKeysFromPortal(t, { orgno: '987654325', ceo: '24838410096' }, 'partner');
    expect(emails[0].body).not.toContain(creds.clientSecret);
    // And they work: the partner keys act for the test unit.
    const sales = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers: { ...(await t.auth(creds, p.msn)), 'idempotency-key': 'k-1' }, payload: { amount: { currency: 'NOK', value: 100 }, paymentMethod: { type: 'WALLET' }, reference: 'first-order-1', userFlow: 'WEB_REDIRECT', returnUrl: 'https://shop.example/r' } });
    expect(sales.statusCode).toBe(201);
  });
});
