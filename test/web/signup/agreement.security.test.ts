import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf } from '../../support/forms.js';
import { agreementAnswers, agreementIdOf, PEOPLE, portalAs, signAgreementAs } from '../../support/signup.js';

describe('merchant agreement: security', () => {
  let t: TestApp;
  let agreementId: string;
  beforeAll(async () => {
    t = await startTestApp();
    await signAgreementAs(await portalAs(t, PEOPLE.sigrid), '975312461');
    agreementId = await agreementIdOf(t, '975312461');
  });
  afterAll(() => t.close());
  const count = async (orgno: string) => (await t.rt.store.db.selectFrom('merchant_agreements').select('id').where('orgno', '=', orgno).execute()).length;

  it('refuses a board member, naming who may sign, and signs nothing', async () => {
    const erik = await portalAs(t, PEOPLE.erik);
    const form = await erik.get('/portal/register/913579240');
    expect(form.body).toContain('You may fill in this form, but only Marit Dahl (CEO) may sign it for Tindesport AS.');
    const res = await signAgreementAs(erik, '913579240');
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Only the CEO (daglig leder) or the chair (styreleder) registered in Brønnøysundregistrene may sign the merchant agreement for Tindesport AS: Marit Dahl (CEO).');
    expect(res.body).toContain('You are registered as Board member (styremedlem)');
    expect(await count('913579240')).toBe(0);
  });

  it('refuses a person with no role in the company', async () => {
    const anders = await portalAs(t, PEOPLE.anders);
    const res = await signAgreementAs(anders, '913579240');
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('You are registered as');
    expect(await count('913579240')).toBe(0);
  });

  it('keeps one company\'s agreement and its PDF from people of another', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    for (const url of [`/portal/agreements/${agreementId}`, `/portal/agreements/${agreementId}/pdf`]) {
      const res = await kari.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.body).toContain('You may not see the merchant agreement for Nordlys Kaffe AS');
    }
  });

  it('refuses a signing without the anti-forgery token', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    await marit.get('/portal/register/913579240');
    const res = await marit.post('/portal/register/913579240', { _csrf: 'forged', ...agreementAnswers() });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('anti-forgery token');
    expect(await count('913579240')).toBe(0);
  });

  it('sends an expired session to the log-in page and signs nothing', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const form = await marit.get('/portal/register/913579240');
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 31 * 60 } });
    const res = await marit.post('/portal/register/913579240', { _csrf: csrfOf(form.body), ...agreementAnswers() });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/portal\/login\?next=/);
    expect(await count('913579240')).toBe(0);
    const pdf = await marit.get(`/portal/agreements/${agreementId}/pdf`);
    expect(pdf.statusCode).toBe(303);
  });
});
