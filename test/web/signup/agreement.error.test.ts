import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { PEOPLE, portalAs, signAgreementAs } from '../../support/signup.js';

describe('merchant agreement: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const agreements = (orgno: string) => t.rt.store.db.selectFrom('merchant_agreements').select(['id', 'signer_nin']).where('orgno', '=', orgno).execute();

  it('shows every problem of the form next to its field and signs nothing', async () => {
    const marit = await portalAs(t, PEOPLE.marit);
    const res = await signAgreementAs(marit, '913579240', { 'contact.email': 'not-an-email', 'owners.0.nin': '28889510032', 'owners.1.share': '140', pep: 'yes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The agreement was not signed. Fix these and sign again:');
    for (const [field, text] of [
      ['contact.email', 'must be an email address'],
      ['owners.0.nin', 'check digits'],
      ['owners.1.share', 'at most 100'],
      ['pepDetails', 'is required when someone is a politically exposed person'],
    ]) {
      expect(res.body).toMatch(new RegExp(`id="err-${field!.replace(/\./g, '\\.')}">[^<]*${text}`));
    }
    // What was typed is kept.
    expect(res.body).toContain('value="not-an-email"');
    expect(await agreements('913579240')).toEqual([]);
  });

  it('lets the chair sign, and refuses a second agreement for the same company', async () => {
    const lars = await portalAs(t, '05850510069'); // chair of Nordlys Kaffe AS
    expect((await signAgreementAs(lars, '975312461')).statusCode).toBe(303);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const again = await signAgreementAs(sigrid, '975312461');
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Nordlys Kaffe AS already has a merchant agreement (being processed');
    expect(await agreements('975312461')).toEqual([{ id: expect.any(String), signer_nin: '05850510069' }]);
    const form = await sigrid.get('/portal/register/975312461');
    expect(form.body).toContain('already has a merchant agreement');
    expect(form.body).not.toContain('Sign with BankID');
  });

  it('tells an existing merchant it has an agreement already', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await signAgreementAs(kari, '923456783');
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('already a Vipps MobilePay merchant');
    expect(await agreements('923456783')).toEqual([]);
  });

  it('answers 404 for an organisation number that is malformed or not in the registry', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    for (const orgno of ['123', '923456784', '111111118']) {
      const res = await kari.get(`/portal/register/${orgno}`);
      expect(res.statusCode, orgno).toBe(404);
      expect(res.body).toContain('is not an organisation in the business registry');
    }
  });

  it('answers 404 for an agreement that does not exist', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    expect((await kari.get('/portal/agreements/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await kari.get('/portal/agreements/nope/pdf')).statusCode).toBe(404);
  });
});
