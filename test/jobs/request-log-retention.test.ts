// The request log keeps requests for its retention period only; API quality, counted as
// requests are logged, still reports the requests pruned from the log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { freshAuth } from '../support/payments.js';

describe('request log retention', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { requestLogDays: 2 } });
  });
  afterAll(async () => t?.close());

  const MSN = DEMO.units.partnerKafe;
  const call = async () => t.inject({ method: 'GET', url: `/management/v1/sales-units/${MSN}`, headers: await freshAuth(t, DEMO.partnerKeys, MSN) });
  const logged = async () =>
    (await t.rt.store.db.selectFrom('api_requests').select('at').where('msn', '=', MSN).where('route', '=', '/management/v1/sales-units/:msn').execute()).length;
  const quality = async () => {
    const res = await t.inject({ method: 'GET', url: `/management/v1/api-quality/sales-units/${MSN}`, headers: await freshAuth(t, DEMO.partnerKeys) });
    expect(res.statusCode).toBe(200);
    return (res.json().ApiQualityItems as { endpoint: string; 'total Requests': number }[]).find((i) => i.endpoint === 'GET:/management/v1/sales-units/{msn}')?.['total Requests'];
  };

  it('prunes requests older than the period, and API quality still counts them', async () => {
    await call();
    await call();
    await t.rt.requestLog.flush();
    expect(await logged()).toBe(2);
    expect(await t.app.requestLogPruner.runOnce()).toBe(0); // nothing old enough yet

    expect((await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 3 * 86_400 } })).statusCode).toBe(200);
    await call();
    await t.rt.requestLog.flush();
    expect(await t.app.requestLogPruner.runOnce()).toBeGreaterThanOrEqual(2);
    expect(await logged()).toBe(1);
    expect(await quality()).toBe(3);
  });
});
