import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('Partner API (legacy): documented errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string) => t.inject({ method: 'GET', url, headers: await t.auth(DEMO.partnerKeys) });
  const expectError = (res: Awaited<ReturnType<typeof get>>, status: number) => {
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toBe('application/json;charset=UTF-8');
    expect(Object.keys(res.json()).sort()).toEqual(['detail', 'instance', 'status', 'title', 'type']);
    expect(res.json().status).toBe(status);
    expect(res.headers.deprecation).toBe('@1696118400');
  };

  it('merchants/{orgno}: 400 for a malformed org number or a failed check digit', async () => {
    expectError(await get('/partner-api/v0/merchants/92345678'), 400);
    const check = await get('/partner-api/v0/merchants/923456784');
    expectError(check, 400);
    expect(check.json().detail).toMatch(/check digit/);
  });

  it('merchants/{orgno}: 404 while the merchant has no active unit with the caller', async () => {
    const res = await get('/partner-api/v0/merchants/975312461');
    expectError(res, 404);
    expect(res.json().detail).toMatch(/no active sales unit connected to these API keys/);
  });

  it('salesunits/{msn}: 400 for a malformed MSN, 404 for an unknown one', async () => {
    expectError(await get('/partner-api/v0/salesunits/12'), 400);
    expectError(await get('/partner-api/v0/saleunits/999999'), 404);
  });

  it('products/orders: light validation still needs orgno and productType, answered as Problem JSON with each field', async () => {
    const res = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers: await t.auth(DEMO.partnerKeys), payload: { orgno: '12345', productType: 'VIPPS_FOO' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().extraDetails.map((d: { key: string }) => d.key).sort()).toEqual(['orgno', 'productType']);
    expect(res.headers.link).toBe('<http://vpp.test/management/v1/product-orders>; rel="successor-version"');
    expect(await t.rt.store.db.selectFrom('product_orders').select('id').execute()).toEqual([]);
  });

  it('products/orders: the same Idempotency-Key with another body is a conflict', async () => {
    const headers = { ...(await t.auth(DEMO.partnerKeys)), 'idempotency-key': 'legacy-key-1' };
    expect((await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers, payload: { orgno: '975312461', productType: 'VIPPS_PA_NETT' } })).statusCode).toBe(200);
    const other = await t.inject({ method: 'POST', url: '/partner-api/v1/products/orders', headers, payload: { orgno: '913579240', productType: 'VIPPS_PA_NETT' } });
    expect(other.statusCode).toBe(409);
  });

  it('names a Vipps-System header that is too long, in the legacy shape', async () => {
    const res = await t.inject({ method: 'GET', url: '/partner-api/v0/merchants/923456783', headers: { ...(await t.auth(DEMO.partnerKeys)), 'vipps-system-name': 'x'.repeat(31) } });
    expectError(res, 400);
    expect(res.json().detail).toMatch(/Vipps-System-Name/);
  });
});
