import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { BOLGE_PACKAGE, FJORDKASSA_PACKAGE_KASSE, fullPrefill, newKey, problemFields } from '../../support/management.js';
import { png, pngBase64 } from '../../support/png.js';
import { markProductOrderSubmitted } from '../../../src/operations/product-orders/mark-product-order.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';

describe('Management API product orders: documented errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const count = async () => Number((await t.rt.store.db.selectFrom('product_orders').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const post = async (body: unknown, headers: Record<string, string> = { 'idempotency-key': newKey() }) =>
    t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(DEMO.partnerKeys)), ...headers }, payload: body as object });
  const expectOneProblem = async (over: Record<string, unknown>, field: string, words: RegExp) => {
    const res = await post(fullPrefill(over));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = problemFields(res);
    expect(Object.keys(fields), res.body).toEqual([field]);
    expect(fields[field]).toMatch(words);
  };

  it('lists a dozen mistakes at once, each with its field path, and stores nothing', async () => {
    const before = await count();
    const res = await post(
      {
        businessIdentifier: { scheme: 'business:SE:ORG', id: '975312462' },
        salesUnitName: 'Kaffe & Kanel',
        salesUnitLogo: Buffer.from('GIF89a not a png at all').toString('base64'),
        settlementBankAccount: { scheme: 'IBAN', id: '15031234563' },
        pricePackageId: BOLGE_PACKAGE,
        productType: 'VIPPS_PA_BUTIKK',
        productUseCase: 'Shop',
        annualTurnover: -5,
        website: { url: 'http://nordlyskaffe.no', testWebsiteUrl: 'ftp://x.no' },
        complianceData: { membership: { turnoverShare: '10%' }, course: { turnoverShare: '1%' }, donation: {} },
        colour: 'orange',
      },
      {},
    );
    expect(res.statusCode, res.body).toBe(400);
    const fields = problemFields(res);
    expect(Object.keys(fields).sort()).toEqual(
      [
        'Idempotency-Key',
        'annualTurnover',
        'businessIdentifier.id',
        'businessIdentifier.scheme',
        'colour',
        'complianceData.course.period',
        'complianceData.course.timeBeforeOrder',
        'complianceData.donation.acceptsDonation',
        'complianceData.membership.periodDistribution',
        'pricePackageId',
        'productType',
        'productUseCase',
        'salesUnitLogo',
        'salesUnitName',
        'settlementBankAccount.id',
        'settlementBankAccount.scheme',
        'website.termsUrl',
        'website.testWebsiteUrl',
        'website.url',
      ].sort(),
    );
    expect(fields['businessIdentifier.scheme']).toMatch(/only business:NO:ORG/);
    expect(fields['businessIdentifier.id']).toMatch(/check digit/);
    expect(fields.colour).toMatch(/not a known field/);
    expect(res.json().detail).toMatch(/19 problems/);
    expect(await count()).toBe(before);
  });

  it('refuses another scheme, saying which one is supported', () => expectOneProblem({ businessIdentifier: { scheme: 'business:DK:CVR', id: '975312461' } }, 'businessIdentifier.scheme', /only business:NO:ORG/));
  it('refuses an org number that fails its check digit', () => expectOneProblem({ businessIdentifier: { scheme: 'business:NO:ORG', id: '975312462' } }, 'businessIdentifier.id', /mod-11 check digit/));
  it('refuses an org number the registry does not know', () => expectOneProblem({ businessIdentifier: { scheme: 'business:NO:ORG', id: '999999999' } }, 'businessIdentifier.id', /not an organisation in the business registry/));
  it('refuses an org number that is not 9 digits', () => expectOneProblem({ businessIdentifier: { scheme: 'business:NO:ORG', id: '97531246' } }, 'businessIdentifier.id', /9 digits/));
  it('refuses a sales unit name over 30 characters', () => expectOneProblem({ salesUnitName: 'N'.repeat(31) }, 'salesUnitName', /30/));
  it('refuses an empty sales unit name', () => expectOneProblem({ salesUnitName: '' }, 'salesUnitName', /fewer than 1 characters/));
  it('refuses a logo that is not base64', () => expectOneProblem({ salesUnitLogo: 'not base64!' }, 'salesUnitLogo', /base64/));
  it('refuses a logo that is not a PNG', () => expectOneProblem({ salesUnitLogo: Buffer.from('\xff\xd8\xff\xe0 a jpeg, honestly, with padding').toString('base64') }, 'salesUnitLogo', /PNG/));
  it('refuses a logo smaller than 100×100', () => expectOneProblem({ salesUnitLogo: pngBase64(150, 99) }, 'salesUnitLogo', /150×99.*at least 100×100/));
  it('refuses a logo with a side over 1000 pixels', () => expectOneProblem({ salesUnitLogo: pngBase64(1001, 200) }, 'salesUnitLogo', /1001×200.*at most 1000/));
  it('accepts a logo of exactly 1000×100', async () => {
    const res = await post(fullPrefill({ salesUnitLogo: png(1000, 100).toString('base64') }));
    expect(res.statusCode, res.body).toBe(201);
  });
  it('refuses a settlement account scheme other than BBAN:NO', () => expectOneProblem({ settlementBankAccount: { scheme: 'IBAN:NO', id: '15031234562' } }, 'settlementBankAccount.scheme', /BBAN:NO/));
  it('refuses a settlement account that fails its check digit', () => expectOneProblem({ settlementBankAccount: { scheme: 'BBAN:NO', id: '15031234563' } }, 'settlementBankAccount.id', /mod-11/));
  it('refuses a settlement account that is not 11 digits', () => expectOneProblem({ settlementBankAccount: { scheme: 'BBAN:NO', id: '1503123456' } }, 'settlementBankAccount.id', /11 digits/));
  it('refuses a price package id that is not a UUID', () => expectOneProblem({ pricePackageId: 'posstandard' }, 'pricePackageId', /uuid/));
  it("refuses another partner's price package", () => expectOneProblem({ pricePackageId: BOLGE_PACKAGE }, 'pricePackageId', /not one of your price packages/));
  it('refuses a price package for another product type', () => expectOneProblem({ pricePackageId: FJORDKASSA_PACKAGE_KASSE }, 'pricePackageId', /VIPPS_I_KASSA, but productType is VIPPS_PA_NETT/));
  it('refuses an unknown product type', () => expectOneProblem({ productType: 'VIPPS' }, 'productType', /VIPPS_PA_NETT/));
  it('refuses an unknown product use case', () => expectOneProblem({ productUseCase: 'Kiosk' }, 'productUseCase', /WebsiteWithTest/));
  it('refuses an annual turnover that is not a whole number', () => expectOneProblem({ annualTurnover: 100.5 }, 'annualTurnover', /integer/));
  it('refuses an annual turnover over 999999999', () => expectOneProblem({ annualTurnover: 1_000_000_000 }, 'annualTurnover', /999999999/));
  it('refuses a website that is not https', () => expectOneProblem({ website: { url: 'http://nordlyskaffe.no', termsUrl: 'https://nordlyskaffe.no/terms' } }, 'website.url', /https/));
  it('refuses a website without its terms', () => expectOneProblem({ website: { url: 'https://nordlyskaffe.no' } }, 'website.termsUrl', /required/));
  it('refuses a compliance block without its required fields', () => expectOneProblem({ complianceData: { giftCard: {} } }, 'complianceData.giftCard.isSalesPercentageLessThanTen', /required/));
  it('refuses a membership validity outside its enum', () =>
    expectOneProblem({ complianceData: { membership: { turnoverShare: '1%', periodDistribution: 'yearly', membershipValidity: 'Forever' } } }, 'complianceData.membership.membershipValidity', /CurrentCalendarYear/));

  it('requires the two required fields', async () => {
    const res = await post({});
    expect(res.statusCode).toBe(400);
    expect(Object.keys(problemFields(res)).sort()).toEqual(['businessIdentifier', 'productType']);
  });

  it('refuses a missing body and a body that is not JSON', async () => {
    const none = await post(undefined);
    expect(none.statusCode).toBe(400);
    const broken = await t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(DEMO.partnerKeys)), 'idempotency-key': newKey(), 'content-type': 'application/json' }, payload: '{"productType": ' });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().detail).toMatch(/not valid JSON/);
  });

  it('requires an Idempotency-Key, and says so by name', async () => {
    const res = await post(fullPrefill(), {});
    expect(res.statusCode).toBe(400);
    expect(problemFields(res)).toEqual({ 'Idempotency-Key': expect.stringMatching(/required/) });
    const bad = await post(fullPrefill(), { 'idempotency-key': 'has spaces in it' });
    expect(problemFields(bad)).toEqual({ 'Idempotency-Key': expect.stringMatching(/letters, digits and hyphens/) });
  });

  it('refuses the same Idempotency-Key with a different body, and changes nothing', async () => {
    const key = newKey();
    const first = await post(fullPrefill(), { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    const before = await count();
    const other = await post(fullPrefill({ salesUnitName: 'Another name' }), { 'idempotency-key': key });
    expect(other.statusCode).toBe(409);
    expect(other.json().detail).toMatch(/already used for a different request/);
    expect(await count()).toBe(before);
  });

  it('GET and DELETE refuse an id that is not a UUID, and 404 an unknown one', async () => {
    const headers = await t.auth(DEMO.partnerKeys);
    const bad = await t.inject({ method: 'GET', url: '/management/v1/product-orders/12345', headers });
    expect(bad.statusCode).toBe(400);
    expect(problemFields(bad)).toHaveProperty('productOrderId');
    const unknown = await t.inject({ method: 'DELETE', url: '/management/v1/product-orders/0b9c2a4e-1111-4222-8333-944455556666', headers });
    expect(unknown.statusCode).toBe(404);
  });

  it('DELETE answers 409 with why once the merchant has submitted', async () => {
    const { prefilledOrderId: id } = (await post(fullPrefill())).json();
    await markProductOrderSubmitted({ db: t.rt.store.db, id, now: t.rt.clock.now() });
    const res = await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/has submitted .* can no longer be deleted/);
    expect((await t.inject({ method: 'GET', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) })).json().prefillStatus).toBe('PROCESSING');
  });

  it('a DELETE racing the merchant submitting: exactly one of them wins', async () => {
    for (let i = 0; i < 5; i++) {
      const { prefilledOrderId: id } = (await post(fullPrefill())).json();
      const headers = await t.auth(DEMO.partnerKeys);
      const [del, submit] = await Promise.allSettled([
        t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${id}`, headers }),
        markProductOrderSubmitted({ db: t.rt.store.db, id, now: t.rt.clock.now() }),
      ]);
      const deleted = del.status === 'fulfilled' && del.value.statusCode === 200;
      const submitted = submit.status === 'fulfilled';
      expect(deleted !== submitted, `deleted ${deleted}, submitted ${submitted}`).toBe(true);
      if (!deleted) expect(del.status === 'fulfilled' && del.value.statusCode).toBe(409);
      const row = (await findProductOrder(t.rt.store.db, id))!;
      expect(row.status).toBe(deleted ? 'STOPPED' : 'SUBMITTED');
    }
  });

  it('DELETE of an already deleted order is 404', async () => {
    const { prefilledOrderId: id } = (await post(fullPrefill())).json();
    const headers = await t.auth(DEMO.partnerKeys);
    expect((await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${id}`, headers })).statusCode).toBe(200);
    expect((await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${id}`, headers })).statusCode).toBe(404);
  });

  it('names a Vipps-System header that is too long', async () => {
    const res = await post(fullPrefill(), { 'idempotency-key': newKey(), 'vipps-system-plugin-name': 'p'.repeat(31) });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toMatch(/Vipps-System-Plugin-Name/);
  });
});
