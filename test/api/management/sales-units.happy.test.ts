import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { pngBase64 } from '../../support/png.js';

describe('Management API sales units: happy paths', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = async (url: string, keys = DEMO.partnerKeys) => t.inject({ method: 'GET', url, headers: await t.auth(keys) });
  const patch = async (msn: string, payload: object, keys = DEMO.partnerKeys) => t.inject({ method: 'PATCH', url: `/management/v1/sales-units/${msn}`, headers: await t.auth(keys), payload });

  it('lists the active units connected to the caller', async () => {
    expect((await get('/management/v1/sales-units')).json()).toEqual([
      { msn: '212345', name: 'Fjellbakeriet Nett' },
      { msn: '212346', name: 'Fjellbakeriet Kafe' },
    ]);
    expect((await get('/management/v1/sales-units', DEMO.merchantKeys)).json()).toEqual([{ msn: '312345', name: 'Havblikk Sjømat' }]);
    expect((await get('/management/v1/sales-units', DEMO.merchantManagementKeys)).json().map((u: { msn: string }) => u.msn)).toEqual(['212345', '212346']);
    expect((await get('/management/v1/sales-units', DEMO.managementKeys)).json()).toEqual([]);
  });

  it('gets one unit with its merchant and configuration', async () => {
    const res = await get('/management/v1/sales-units/212346');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      msn: '212346',
      name: 'Fjellbakeriet Kafe',
      businessIdentifier: { scheme: 'business:NO:ORG', id: '923456783' },
      status: 'ACTIVE',
      configuration: { paymentAllowed: true, captureType: 'ReserveCapture', skipLandingPageAllowed: true, recurringAllowed: false },
      changelog: [],
    });
  });

  it('changes the name and logo, and records each change with who and when', async () => {
    const before = t.rt.clock.now();
    const renamed = await patch('212345', { name: 'Fjellbakeriet Netthandel', salesUnitLogo: pngBase64(200, 200) });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json().name).toBe('Fjellbakeriet Netthandel');
    const { changelog } = (await get('/management/v1/sales-units/212345')).json();
    expect(changelog).toEqual([
      expect.objectContaining({ field: 'name', oldValue: 'Fjellbakeriet Nett', newValue: 'Fjellbakeriet Netthandel', change: 'name changed from "Fjellbakeriet Nett" to "Fjellbakeriet Netthandel"', changedBy: 'Fjordkassa Platform (partner keys), using the Management API' }),
      expect.objectContaining({ field: 'logo', oldValue: null, newValue: expect.stringMatching(/^PNG 200×200 \(sha256 [0-9a-f]{12}…\)$/) }),
    ]);
    expect(Date.parse(changelog[0].timestamp)).toBeGreaterThanOrEqual(before - 1000);
    const row = await t.rt.store.db.selectFrom('sales_units').select(['name', 'logo']).where('msn', '=', '212345').executeTakeFirstOrThrow();
    expect(row.name).toBe('Fjellbakeriet Netthandel');
    expect(row.logo).toBe(pngBase64(200, 200));
  });

  it('records nothing when a value does not change', async () => {
    const current = (await get('/management/v1/sales-units/212346')).json();
    const res = await patch('212346', { name: current.name, status: 'ACTIVE' });
    expect(res.statusCode).toBe(200);
    expect(res.json().changelog).toHaveLength(current.changelog.length);
  });

  it('deactivates a unit (then it is 404 and out of the lists) and reactivates it', async () => {
    const off = await patch('212346', { status: 'DEACTIVATED' });
    expect(off.statusCode).toBe(200);
    expect(off.json().status).toBe('DEACTIVATED');
    expect((await get('/management/v1/sales-units/212346')).statusCode).toBe(404);
    expect((await get('/management/v1/sales-units')).json().map((u: { msn: string }) => u.msn)).toEqual(['212345']);
    const on = await patch('212346', { status: 'ACTIVE' });
    expect(on.json().changelog.map((c: { change: string }) => c.change)).toEqual(['status set to DEACTIVATED', 'status set to ACTIVE']);
    expect((await get('/management/v1/sales-units/212346')).statusCode).toBe(200);
  });

  it("lets merchant keys rename their own unit, recorded as theirs", async () => {
    const res = await patch('312345', { name: 'Havblikk Sjømat Bryggen' }, DEMO.merchantKeys);
    expect(res.statusCode).toBe(200);
    expect(res.json().changelog[0].changedBy).toBe('312345 (merchant keys), using the Management API');
  });

  it('reports API quality per endpoint from the request log of the unit', async () => {
    const quality = async () => {
      await t.rt.requestLog.flush();
      const res = await get('/management/v1/api-quality/sales-units/212346');
      expect(res.statusCode).toBe(200);
      return Object.fromEntries((res.json().ApiQualityItems as { endpoint: string }[]).map((i) => [i.endpoint, i])) as unknown as Record<string, Record<string, number>>;
    };
    const before = await quality();
    const headers = await t.auth(DEMO.partnerKeys, '212346');
    await t.inject({ method: 'GET', url: '/management/v1/sales-units/212346', headers });
    await t.inject({ method: 'GET', url: '/management/v1/sales-units/212346', headers });
    await t.inject({ method: 'PATCH', url: '/management/v1/sales-units/212346', headers, payload: { name: '' } });
    const after = await quality();
    const get0 = before['GET:/management/v1/sales-units/{msn}'] ?? { 'total Requests': 0, status200: 0 };
    const getNow = after['GET:/management/v1/sales-units/{msn}']!;
    expect(getNow['total Requests']! - get0['total Requests']!).toBe(2);
    expect(getNow.status200! - get0.status200!).toBe(2);
    expect(getNow).toMatchObject({ successRate: 100, status400: 0, status401: 0, status403: 0, status404: 0, status429: 0, status500: 0 });
    const p = after['PATCH:/management/v1/sales-units/{msn}']!;
    expect(p.status400! - (before['PATCH:/management/v1/sales-units/{msn}']?.status400 ?? 0)).toBe(1);
    expect(p.successRate).toBe(Math.round((p.status200! * 10000) / p['total Requests']!) / 100);
    expect(p.successRate).toBeLessThan(100);
  });

  it('records the Vipps-System headers of every request in the request log', async () => {
    const res = await t.inject({
      method: 'GET',
      url: '/management/v1/sales-units',
      headers: { ...(await t.auth(DEMO.partnerKeys)), 'vipps-system-name': 'acme', 'vipps-system-version': '3.1.2', 'vipps-system-plugin-name': 'acme-shop', 'vipps-system-plugin-version': '4.5.6' },
    });
    await t.rt.requestLog.flush();
    const row = await t.rt.store.db.selectFrom('api_requests').selectAll().where('id', '=', String(res.headers['x-request-id'])).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ api: 'management', status: 200, system_name: 'acme', system_version: '3.1.2', plugin_name: 'acme-shop', plugin_version: '4.5.6', key_kind: 'partner' });
  });
});
