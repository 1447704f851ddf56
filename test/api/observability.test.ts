import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';

describe('request ids, health and metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every response a request id, echoing a sane one the caller sent', async () => {
    const mine = await t.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(mine.headers['x-request-id']).toBe('abc-123');
    const generated = await t.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id with spaces' } });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(t.logs.some((l) => l.includes('"reqId":"abc-123"'))).toBe(true);
  });

  it('GET /health reports the database reachable', async () => {
    const res = await t.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', database: 'ok', mode: 'production' });
  });

  it('GET /metrics counts requests by route template and status, with latency', async () => {
    await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { 'ocp-apim-subscription-key': 'nope' } });
    await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers: await t.auth(DEMO.partnerKeys) });
    const text = (await t.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/^# TYPE vpp_http_requests_total counter$/m);
    expect(text).toMatch(/vpp_http_requests_total\{method="POST",route="\/accesstoken\/get",status="401"\} 1/);
    expect(text).toMatch(/vpp_http_requests_total\{method="GET",route="\/management\/v1\/partners\/whoami",status="200"\} 1/);
    expect(text).toMatch(/vpp_http_request_duration_seconds_count\{method="GET",route="\/management\/v1\/partners\/whoami"\} 1/);
  });

  it('answers unknown paths with a Problem JSON 404 that says where to look', async () => {
    const res = await t.inject({ method: 'GET', url: '/no/such/thing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ status: 404, detail: expect.stringMatching(/openapi\.json/) });
  });

  it('records API requests in the request log, with who called and the system headers', async () => {
    await t.inject({
      method: 'GET',
      url: '/management/v1/partners/whoami',
      headers: { ...(await t.auth(DEMO.partnerKeys, '212345')), 'vipps-system-name': 'acme-pos', 'vipps-system-plugin-version': '4.3', 'x-request-id': 'logged-1' },
    });
    await t.rt.requestLog.flush();
    const row = await t.rt.store.db.selectFrom('api_requests').selectAll().where('id', '=', 'logged-1').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ api: 'management', method: 'GET', status: 200, msn: '212345', key_kind: 'partner', owner: 'Fjordkassa Platform', system_name: 'acme-pos', plugin_version: '4.3' });
  });

  it('keeps two requests that sent the same X-Request-Id as two rows', async () => {
    const headers = { ...(await t.auth(DEMO.partnerKeys, '212345')), 'x-request-id': 'sent-twice' };
    await t.inject({ method: 'GET', url: '/management/v1/partners/whoami', headers });
    await t.inject({ method: 'GET', url: '/management/v1/sales-units/999999', headers });
    await t.rt.requestLog.flush();
    const rows = await t.rt.store.db.selectFrom('api_requests').select(['route', 'status']).where('id', '=', 'sent-twice').orderBy('seq').execute();
    expect(rows).toEqual([
      { route: '/management/v1/partners/whoami', status: 200 },
      { route: '/management/v1/sales-units/:msn', status: 404 },
    ]);
  });
});

describe('the simulated clock', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('moves forward by the seconds asked', async () => {
    const before = (await t.inject({ method: 'GET', url: '/_sim/clock' })).json();
    const after = (await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 3600 } })).json();
    expect(after.offsetSeconds - before.offsetSeconds).toBe(3600);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(3600_000);
  });

  it('refuses going backwards, naming the field', async () => {
    const res = await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: -5 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().extraDetails[0].name).toBe('advanceSeconds');
  });
});

describe('with the simulation API switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { simulation: false } });
  });
  afterAll(() => t.close());

  it('answers 404', async () => {
    expect((await t.inject({ method: 'GET', url: '/_sim/clock' })).statusCode).toBe(404);
    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 1 } })).statusCode).toBe(404);
  });
});
