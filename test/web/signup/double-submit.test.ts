// A signup form posted twice (a double click, a reload of the POST) lands the merchant on the
// result of the first post: no error page, no second order, no second case in the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { csrfOf } from '../../support/forms.js';
import { FJORDKASSA_PACKAGE_KASSE } from '../../support/management.js';
import { agreementAnswers, PEOPLE, portalAs } from '../../support/signup.js';

const formIdOf = (html: string) => /name="_form" value="([^"]+)"/.exec(html)![1]!;

describe('a product order form posted twice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const orders = async () => t.rt.store.db.selectFrom('product_orders').select('id').where('source', '=', 'portal').execute();
  const order = (csrf: string, form: string) => ({
    _csrf: csrf,
    _form: form,
    orgno: '923456783',
    partnerId: '100001',
    pricePackageId: FJORDKASSA_PACKAGE_KASSE,
    salesUnitName: 'Fjellbakeriet Torget',
    'settlementBankAccount.id': '15031234562',
    intendedPurpose: 'Bread and coffee sold over the counter',
  });

  it('one after the other: the second post is sent to the same order', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get('/portal/register/vippsikasse');
    const before = (await orders()).length;
    const form = order(csrfOf(page.body), formIdOf(page.body));
    const first = await kari.post('/portal/register/vippsikasse', form);
    const second = await kari.post('/portal/register/vippsikasse', form);
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    expect((await kari.get(second.headers.location as string)).statusCode).toBe(200);
    expect((await orders()).length).toBe(before + 1);
  });

  it('at the same moment: both land on one order with one case', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get('/portal/register/vippsikasse');
    const before = (await orders()).length;
    const form = order(csrfOf(page.body), formIdOf(page.body));
    const [a, b] = await Promise.all([kari.post('/portal/register/vippsikasse', form), kari.post('/portal/register/vippsikasse', form)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(a.headers.location).toBe(b.headers.location);
    const id = /vippsikasse\/([0-9a-f-]{36})\?sent=1$/.exec(a.headers.location as string)![1]!;
    expect((await orders()).length).toBe(before + 1);
    expect(await t.rt.store.db.selectFrom('signup_cases').select('id').where('subject_id', '=', id).execute()).toHaveLength(1);
  });

  it('each new rendering of the form is a new order', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const before = (await orders()).length;
    for (let i = 0; i < 2; i++) {
      const page = await kari.get('/portal/register/vippsikasse');
      expect((await kari.post('/portal/register/vippsikasse', order(csrfOf(page.body), formIdOf(page.body)))).statusCode).toBe(303);
    }
    expect((await orders()).length).toBe(before + 2);
  });

  it("another person posting someone else's form id gets an order of their own", async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const ola = await portalAs(t, PEOPLE.ola);
    const page = await kari.get('/portal/register/vippsikasse');
    const form = formIdOf(page.body);
    const mine = await kari.post('/portal/register/vippsikasse', order(csrfOf(page.body), form));
    const olaPage = await ola.get('/portal/register/vippsikasse');
    const theirs = await ola.post('/portal/register/vippsikasse', order(csrfOf(olaPage.body), form));
    expect(theirs.statusCode).toBe(303);
    expect(theirs.headers.location).not.toBe(mine.headers.location);
  });

  it('a form with problems keeps its form id, so fixing and sending it still makes one order', async () => {
    const kari = await portalAs(t, PEOPLE.kari);
    const page = await kari.get('/portal/register/vippsikasse');
    const form = formIdOf(page.body);
    const bad = await kari.post('/portal/register/vippsikasse', { ...order(csrfOf(page.body), form), salesUnitName: '' });
    expect(bad.statusCode).toBe(400);
    expect(formIdOf(bad.body)).toBe(form);
  });
});

describe('the merchant agreement form posted twice', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('both posts land on the one signed agreement, queued once; a script without the form id is still refused', async () => {
    const sigrid = await portalAs(t, PEOPLE.sigrid);
    const page = await sigrid.get('/portal/register/975312461');
    const form = { _csrf: csrfOf(page.body), _form: formIdOf(page.body), ...agreementAnswers() };
    const [a, b] = await Promise.all([sigrid.post('/portal/register/975312461', form), sigrid.post('/portal/register/975312461', form)]);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(a.headers.location).toBe(b.headers.location);
    const again = await sigrid.post('/portal/register/975312461', form);
    expect(again.headers.location).toBe(a.headers.location);
    const agreements = await t.rt.store.db.selectFrom('merchant_agreements').select('id').where('orgno', '=', '975312461').execute();
    expect(agreements).toHaveLength(1);
    expect(await t.rt.store.db.selectFrom('signup_cases').select('id').where('subject_id', '=', agreements[0]!.id).execute()).toHaveLength(1);
    // A second signature from a new rendering of the form is still the documented refusal.
    const { _form: _, ...withoutForm } = form;
    const refused = await sigrid.post('/portal/register/975312461', withoutForm);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('already has a merchant agreement');
  });
});
