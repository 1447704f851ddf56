import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill } from '../../support/management.js';
import { PEOPLE, portalAs, prefill, sendOrder } from '../../support/signup.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

const FJELL = { businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' } };

describe('the pre-fill link: errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('shows every problem next to its field, keeps what was typed, and sends nothing', async () => {
    const { id, path } = await prefill(t, { ...FJELL, productType: 'VIPPS_PA_NETT' });
    const kari = await portalAs(t, PEOPLE.kari);
    const res = await sendOrder(kari, path, {
      salesUnitName: 'A name that is far too long for the app',
      'settlementBankAccount.id': '15031234563',
      pricePackageId: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a03', // Fjordkassa Enterprise: not offered in the form
      'website.url': 'http://fjellbakeriet.no',
      annualTurnover: 'a lot',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The order was not sent. Fix these and send again:');
    const errors = Object.fromEntries([...res.body.matchAll(/id="err-([^"]+)">([^<]*)</g)].map((m) => [m[1], m[2]]));
    expect(errors).toEqual({
      salesUnitName: expect.stringContaining('30'),
      'settlementBankAccount.id': expect.stringContaining('mod-11 check digit'),
      pricePackageId: 'must be one of the price packages offered in this form',
      'website.url': expect.stringContaining('https://'),
      'website.termsUrl': 'is required',
      annualTurnover: expect.stringContaining('integer'),
    });
    expect(res.body).toContain('value="A name that is far too long for the app"');
    expect((await findProductOrder(t.rt.store.db, id))!).toMatchObject({ status: 'OPENED', sales_unit_name: null, submitted_at: null });
  });

  it('a form posted twice lands on the same result as the first post, and 404 once the partner withdrew it', async () => {
    const { id, path } = await prefill(t, fullPrefill(FJELL));
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get(path);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const first = await kari.post(path, { _csrf: csrf });
    expect(first.statusCode).toBe(303);
    const again = await kari.post(path, { _csrf: csrf });
    expect(again.statusCode).toBe(303);
    expect(again.headers.location).toBe(first.headers.location);
    const cases = await t.rt.store.db.selectFrom('signup_cases').select('id').where('subject_id', '=', id).execute();
    expect(cases).toHaveLength(1);

    const withdrawn = await prefill(t, fullPrefill(FJELL));
    await kari.get(withdrawn.path);
    const del = await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${withdrawn.id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(del.statusCode).toBe(200);
    const gone = await kari.get(withdrawn.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).toContain('whoever pre-filled it has withdrawn it');
    expect((await kari.post(withdrawn.path, { _csrf: csrf })).statusCode).toBe(404);
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('SUBMITTED');
  });

  it('refuses to send an order before the company has an agreement', async () => {
    const { id, path } = await prefill(t);
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const page = await sigrid.get(path);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await sigrid.get('/portal')).body)![1]!;
    expect(page.body).toContain('Sign the merchant agreement first.');
    const sent = await sigrid.post(path, { _csrf: csrf, 'settlementBankAccount.id': '15031234562' });
    expect(sent.statusCode).toBe(409);
    expect(sent.body).toContain('Sign the merchant agreement first');
    expect((await findProductOrder(t.rt.store.db, id))!.status).toBe('OPENED');
  });

  it('sends a link with the wrong product in it to the right one, and answers 404 for an unknown order', async () => {
    const { id } = await prefill(t, fullPrefill(FJELL));
    const kari = await portalAs(t, PEOPLE.kari);
    const wrong = await kari.get(`/portal/register/vippsikasse/${id}`);
    expect(wrong.statusCode).toBe(303);
    expect(wrong.headers.location).toBe(`/portal/register/vippspanett/${id}`);
    expect((await kari.get('/portal/register/vippspanett/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await kari.get('/portal/register/vippspanett/not-an-id')).statusCode).toBe(404);
  });
});
