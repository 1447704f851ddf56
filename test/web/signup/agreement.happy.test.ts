import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { csrfOf } from '../../support/forms.js';
import { fullPrefill } from '../../support/management.js';
import { agreementIdOf, PEOPLE, portalAs, prefill, signAgreementAs } from '../../support/signup.js';

describe('merchant agreement: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a merchant without an agreement from the pre-fill link to the agreement form, and marks the order opened', async () => {
    const { id, path } = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const page = await sigrid.get(path);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sign the merchant agreement first.');
    expect(page.body).toContain('href="/portal/register/975312461"');
    expect(page.body).not.toContain('Send the order');
    const status = await t.inject({ method: 'GET', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(status.json().prefillStatus).toBe('ACCESSED');
  });

  it('shows the company from the registry and who may sign, and adds owner rows without signing', async () => {
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const form = await sigrid.get('/portal/register/975312461');
    expect(form.body).toContain('Nordlys Kaffe AS');
    expect(form.body).toContain('Storgata 40, 9008 Tromsø, NO');
    expect(form.body).toContain('Sigrid Berg (CEO)');
    expect(form.body).toContain('Lars Haugen (chair)');
    expect(form.body).toContain('value="sigrid.berg@nordlyskaffe.example"');
    expect(form.body.match(/<legend>Owner \d<\/legend>/g)).toHaveLength(3);
    const more = await sigrid.post('/portal/register/975312461', { _csrf: csrfOf(form.body), 'owners.0.name': 'Sigrid Berg', action: 'add-owner' });
    expect(more.statusCode).toBe(200);
    expect(more.body.match(/<legend>Owner \d<\/legend>/g)).toHaveLength(4);
    expect(more.body).toContain('value="Sigrid Berg"');
    expect(await t.rt.store.db.selectFrom('merchant_agreements').select('id').where('orgno', '=', '975312461').execute()).toEqual([]);
  });

  it('signs as CEO: the agreement is PROCESSING, queued for the back office, and its PDF is served to the merchant', async () => {
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const res = await signAgreementAs(sigrid, '975312461');
    expect(res.statusCode, res.body).toBe(303);
    const id = await agreementIdOf(t, '975312461');
    expect(res.headers.location).toBe(`/portal/agreements/${id}?signed=1`);
    const row = await t.rt.store.db.selectFrom('merchant_agreements').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'PROCESSING', signer_nin: PEOPLE.sigrid });
    expect(JSON.parse(row.form_data).answers.owners).toHaveLength(2);
    const queued = await t.rt.store.db.selectFrom('signup_cases').selectAll().where('subject_id', '=', id).executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ kind: 'agreement', state: 'QUEUED', orgno: '975312461' });

    const page = await sigrid.get(res.headers.location as string);
    expect(page.body).toContain('Signed. Vipps MobilePay processes the agreement now');
    expect(page.body).toContain('Signed, being processed');
    const pdf = await sigrid.get(`/portal/agreements/${id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.equals(Buffer.from(row.pdf))).toBe(true);
    expect(pdf.rawPayload.subarray(0, 8).toString()).toBe('%PDF-1.4');
    expect(pdf.rawPayload.toString('latin1')).toContain('(Name: Nordlys Kaffe AS) Tj');

    const home = await sigrid.get('/portal');
    expect(home.body).toContain('Agreement being processed');
    expect(home.body).toContain(`/portal/agreements/${id}/pdf`);
  });

  it('accepts the declaration that nobody owns more than 25 % instead of a list of owners', async () => {
    const chair = await portalAs(t, PEOPLE.nora);
    const res = await signAgreementAs(chair, '987654325', { 'owners.0.name': '', 'owners.0.nin': '', 'owners.0.share': '', 'owners.1.name': '', 'owners.1.birthDate': '', 'owners.1.share': '', noOwnersOver25: 'yes', 'contact.email': 'post@byhagen.example' });
    expect(res.statusCode, res.body).toBe(303);
    const row = await t.rt.store.db.selectFrom('merchant_agreements').select(['form_data']).where('orgno', '=', '987654325').executeTakeFirstOrThrow();
    expect(JSON.parse(row.form_data).answers).toMatchObject({ owners: [], noOwnersOver25: true });
  });
});
