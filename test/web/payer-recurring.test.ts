import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { Browser } from '../support/forms.js';
import { auth, createAgreement, PAYER } from '../support/recurring.js';

const csrf = (html: string) => /name="csrf" value="([^"]+)"/.exec(html)![1]!;
const token = (url: string) => new URL(url).searchParams.get('token')!;

describe("the payer's app for Recurring agreements", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const status = async (id: string) => (await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${id}`, headers: await auth(t) })).json().status;

  it('the confirmation URL shows product, price, interval, campaign and initial charge; accepting activates it, confirms it and returns to the merchant by itself', async () => {
    const created = await createAgreement(t, {
      campaign: { type: 'PRICE_CAMPAIGN', price: 100, end: '2027-03-01T00:00:00Z' },
      initialCharge: { amount: 100, description: 'Første måned', transactionType: 'DIRECT_CAPTURE' },
    });
    const b = new Browser(t);
    const page = await b.get(created.vippsConfirmationUrl.replace('http://vpp.test', ''));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Avis Digital');
    expect(page.body).toMatch(/299[,.]00/);
    expect(page.body).toContain('hver måned');
    expect(page.body).toContain('Campaign: 1 kr hver måned til 2027-03-01');
    expect(page.body).toContain('Første måned');
    const res = await b.post('/app/recurring', { token: token(created.vippsConfirmationUrl), csrf: csrf(page.body), phone: PAYER, decision: 'accept' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/app/recurring?token=${token(created.vippsConfirmationUrl)}`);
    expect(await status(created.agreementId)).toBe('ACTIVE');
    const confirmation = await b.get(res.headers.location as string);
    expect(confirmation.body).toContain('✓</span> Agreement accepted');
    expect(confirmation.body).toContain(`Avis Digital with Fjellbakeriet Nett, from ${PAYER}.`);
    expect(confirmation.body).toContain('<a class="button" href="https://shop.example/redirect">Back to the merchant</a>');
    expect(confirmation.body).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/redirect"/>');
    expect(confirmation.body).not.toContain('name="decision"');
  });

  it('rejecting stops it and confirms the rejection', async () => {
    const created = await createAgreement(t);
    const b = new Browser(t);
    const page = await b.get(created.vippsConfirmationUrl.replace('http://vpp.test', ''));
    const res = await b.post('/app/recurring', { token: token(created.vippsConfirmationUrl), csrf: csrf(page.body), phone: PAYER, decision: 'reject' });
    expect(await status(created.agreementId)).toBe('STOPPED');
    const confirmation = await b.get(res.headers.location as string);
    expect(confirmation.body).toContain('✕</span> Agreement rejected');
    expect(confirmation.body).toContain('<meta http-equiv="refresh" content="3;url=https://shop.example/redirect"/>');
  });

  it('the app lists active agreements and the payer stops one; the merchant sees STOPPED', async () => {
    const created = await createAgreement(t, { productName: 'Treningssenter' });
    await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${created.agreementId}/accept`, payload: { phoneNumber: PAYER } });
    const b = new Browser(t);
    const list = await b.get(`/app/agreements?phone=${PAYER}`);
    expect(list.body).toContain('Treningssenter');
    const res = await b.post('/app/agreements/stop', { csrf: csrf(list.body), phone: PAYER, agreementId: created.agreementId });
    expect(res.statusCode).toBe(303);
    expect(await status(created.agreementId)).toBe('STOPPED');
  });

  it('a form without its CSRF token is refused and changes nothing; an unknown link is 404', async () => {
    const created = await createAgreement(t);
    const b = new Browser(t);
    const res = await b.post('/app/recurring', { token: token(created.vippsConfirmationUrl), csrf: 'forged', phone: PAYER, decision: 'accept' });
    expect(res.statusCode).toBe(403);
    expect(await status(created.agreementId)).toBe('PENDING');
    expect((await b.get('/app/recurring?token=AAAAAAAAAAAAAAAAAAAAAAAA')).statusCode).toBe(404);
  });
});
