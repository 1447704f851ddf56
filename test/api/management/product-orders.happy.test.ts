import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { fullPrefill, newKey, NORDLYS_PACKAGE, FJORDKASSA_PACKAGE_KASSE } from '../../support/management.js';
import { findProductOrder } from '../../../src/store/product-orders-repo.js';
import { openPrefillSecret } from '../../../src/security/seal-prefill-secrets.js';
import {
  markProductOrderApproved,
  markProductOrderAwaitingCustomer,
  markProductOrderOpened,
  markProductOrderProcessing,
  markProductOrderStopped,
  markProductOrderSubmitted,
} from '../../../src/operations/product-orders/mark-product-order.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('Management API product orders: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const post = async (body: unknown, keys = DEMO.partnerKeys, key = newKey()) =>
    t.inject({ method: 'POST', url: '/management/v1/product-orders', headers: { ...(await t.auth(keys)), 'idempotency-key': key }, payload: body as object });
  const get = async (id: string, keys = DEMO.partnerKeys) => t.inject({ method: 'GET', url: `/management/v1/product-orders/${id}`, headers: await t.auth(keys) });

  it('pre-fills a complete order: 201 with the id and the portal link, and stores what was sent', async () => {
    const body = fullPrefill();
    const res = await post(body);
    expect(res.statusCode, res.body).toBe(201);
    const { prefilledOrderId, prefillUrl } = res.json();
    expect(prefilledOrderId).toMatch(UUID);
    expect(prefillUrl).toBe(`http://vpp.test/portal/register/vippspanett/${prefilledOrderId}`);
    const row = (await findProductOrder(t.rt.store.db, prefilledOrderId))!;
    expect(row).toMatchObject({
      source: 'management',
      status: 'CREATED',
      orgno: '975312461',
      product_type: 'VIPPS_PA_NETT',
      partner_id: '100001',
      invalid: 0,
      sales_unit_name: 'Nordlys Kaffe (Tromsø)',
      settlement_account: '15031234562',
      price_package_id: '8f2b6a1e-4c3d-4e5f-9a0b-1c2d3e4f5a01',
      annual_turnover: 100000,
    });
    // As sent, except the test website's password, which is sealed at rest.
    const stored = JSON.parse(row.prefill);
    expect({ ...stored, website: { ...stored.website, testWebsitePassword: 'x' } }).toEqual({ ...body, website: { ...(body.website as object), testWebsitePassword: 'x' } });
    expect(row.prefill + row.website).not.toContain('not-a-secret');
    expect(openPrefillSecret(t.rt.box, stored.website.testWebsitePassword)).toBe('not-a-secret');
    expect(openPrefillSecret(t.rt.box, JSON.parse(row.website!).testWebsitePassword)).toBe('not-a-secret');
    expect(JSON.parse(row.locked_fields)).toContain('pricePackageId');
    expect(JSON.parse(row.website!).url).toBe('https://nordlyskaffe.no');
  });

  it('accepts the two required fields alone, and builds the link from the product type', async () => {
    const cases = { VIPPS_I_KASSA: 'vippsikasse', VIPPS_LOGG_INN: 'vippslogginn', VIPPS_CHECKOUT: 'vippscheckout' };
    for (const [productType, slug] of Object.entries(cases)) {
      const res = await post({ businessIdentifier: { scheme: 'business:NO:ORG', id: '913579240' }, productType });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().prefillUrl).toBe(`http://vpp.test/portal/register/${slug}/${res.json().prefilledOrderId}`);
    }
  });

  it('takes null for every optional field', async () => {
    const nulls = { salesUnitName: null, salesUnitLogo: null, settlementBankAccount: null, pricePackageId: null, productUseCase: null, annualTurnover: null, intendedPurpose: null, website: null, complianceData: null };
    const res = await post({ businessIdentifier: { scheme: 'business:NO:ORG', id: '987654325' }, productType: 'VIPPS_PA_NETT', ...nulls });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('accepts an in-store price package for an in-store order', async () => {
    const res = await post(fullPrefill({ productType: 'VIPPS_I_KASSA', pricePackageId: FJORDKASSA_PACKAGE_KASSE }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('works with management keys and their own price package', async () => {
    const res = await post(fullPrefill({ productType: 'VIPPS_CHECKOUT', pricePackageId: NORDLYS_PACKAGE }), DEMO.managementKeys);
    expect(res.statusCode, res.body).toBe(201);
    expect((await get(res.json().prefilledOrderId, DEMO.managementKeys)).json().prefillStatus).toBe('RECEIVED');
  });

  it("lets a merchant's management keys pre-fill for that merchant", async () => {
    const res = await post({ businessIdentifier: { scheme: 'business:NO:ORG', id: DEMO.orgs.fjellbakeriet }, productType: 'VIPPS_LOGG_INN' }, DEMO.merchantManagementKeys);
    expect(res.statusCode, res.body).toBe(201);
    expect((await get(res.json().prefilledOrderId, DEMO.merchantManagementKeys)).statusCode).toBe(200);
  });

  it('reports the status as the portal and back office move the order', async () => {
    const { prefilledOrderId: id } = (await post(fullPrefill())).json();
    const db = t.rt.store.db;
    const status = async () => (await get(id)).json().prefillStatus;
    const now = t.rt.clock.now();
    expect(await status()).toBe('RECEIVED');
    await markProductOrderOpened({ db, id, now });
    expect(await status()).toBe('ACCESSED');
    await markProductOrderOpened({ db, id, now: now + 5000 }); // a second visit changes nothing
    expect((await findProductOrder(db, id))!.opened_at).toBe(now);
    await markProductOrderSubmitted({ db, id, now });
    expect(await status()).toBe('PROCESSING');
    await markProductOrderProcessing({ db, id, now });
    expect(await status()).toBe('PROCESSING');
    await markProductOrderAwaitingCustomer({ db, id, now });
    expect(await status()).toBe('WAITING_FOR_MERCHANT');
    await markProductOrderApproved({ db, id, now, msn: '212399' });
    expect(await status()).toBe('COMPLETED');
    expect((await findProductOrder(db, id))!.msn).toBe('212399');
  });

  it('reads a declined order as COMPLETED: the partner is never told about a decline', async () => {
    const { prefilledOrderId: id } = (await post(fullPrefill())).json();
    const db = t.rt.store.db;
    await markProductOrderSubmitted({ db, id, now: t.rt.clock.now() });
    await markProductOrderStopped({ db, id, now: t.rt.clock.now(), reason: 'High risk' });
    const res = await get(id);
    expect(res.json()).toEqual({ prefilledOrderId: id, prefillStatus: 'COMPLETED' });
    expect(res.body).not.toContain('High risk');
  });

  it('deletes an order until it is submitted, after which it is gone', async () => {
    const { prefilledOrderId: id } = (await post(fullPrefill())).json();
    await markProductOrderOpened({ db: t.rt.store.db, id, now: t.rt.clock.now() });
    const del = await t.inject({ method: 'DELETE', url: `/management/v1/product-orders/${id}`, headers: await t.auth(DEMO.partnerKeys) });
    expect(del.statusCode, del.body).toBe(200);
    expect(del.body).toBe('');
    expect((await get(id)).statusCode).toBe(404);
    const row = (await findProductOrder(t.rt.store.db, id))!;
    expect(row.deleted_at).not.toBeNull();
    expect(row.status).toBe('STOPPED');
  });

  it('replays the first response for the same Idempotency-Key and body, creating nothing new', async () => {
    const key = newKey();
    const body = fullPrefill();
    const first = await post(body, DEMO.partnerKeys, key);
    const again = await post(body, DEMO.partnerKeys, key);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    const rows = await t.rt.store.db.selectFrom('product_orders').select('id').where('key_set_id', 'is not', null).execute();
    expect(rows.filter((r) => r.id === first.json().prefilledOrderId)).toHaveLength(1);
  });

  it('creates exactly one order when the same request races itself', async () => {
    const key = newKey();
    const body = fullPrefill({ businessIdentifier: { scheme: 'business:NO:ORG', id: '998877660' } });
    const before = await t.rt.store.db.selectFrom('product_orders').select('id').where('orgno', '=', '998877660').execute();
    const results = await Promise.all(Array.from({ length: 5 }, () => post(body, DEMO.partnerKeys, key)));
    expect(new Set(results.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(results.map((r) => r.json().prefilledOrderId)).size).toBe(1);
    const after = await t.rt.store.db.selectFrom('product_orders').select('id').where('orgno', '=', '998877660').execute();
    expect(after.length - before.length).toBe(1);
  });
});
