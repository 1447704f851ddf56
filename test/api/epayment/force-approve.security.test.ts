import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { create, merchant, PAYER } from '../../support/payments.js';

describe('force approve: who may call it (test mode)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { mode: 'test' } });
  });
  afterAll(() => t.close());
  const url = async () => `/epayment/v1/test/payments/${(await create(t, await merchant(t))).reference}/approve`;
  const payload = { customer: { phoneNumber: PAYER } };

  it('merchant keys naming another MSN: 403', async () => {
    const res = await t.inject({ method: 'POST', url: await url(), headers: await t.auth(DEMO.merchantKeys, DEMO.units.partnerNett), payload });
    expect(res.statusCode).toBe(403);
  });

  it('management and accounting keys: 403', async () => {
    for (const keys of [DEMO.managementKeys, DEMO.accountingKeys]) {
      const res = await t.inject({ method: 'POST', url: await url(), headers: await t.auth(keys, DEMO.units.noPartner), payload });
      expect(res.statusCode).toBe(403);
    }
  });

  it('partner keys get no token in the test environment', async () => {
    await expect(t.token(DEMO.partnerKeys)).rejects.toThrow(/401/);
  });

  it('no or a wrong subscription key: 401', async () => {
    const headers = await t.auth(DEMO.merchantKeys);
    const { 'ocp-apim-subscription-key': _s, ...without } = headers;
    expect((await t.inject({ method: 'POST', url: await url(), headers: without, payload })).statusCode).toBe(401);
    expect((await t.inject({ method: 'POST', url: await url(), headers: { ...headers, 'ocp-apim-subscription-key': 'wrong' }, payload })).statusCode).toBe(401);
  });

  it('an expired token (1 hour in test mode): 401', async () => {
    const target = await url();
    const headers = await t.auth(DEMO.merchantKeys);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 3601 } });
    const res = await t.inject({ method: 'POST', url: target, headers, payload });
    expect(res.statusCode).toBe(401);
  });
});
