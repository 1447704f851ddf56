import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';
import { PAYMENTS_WORLD, UNITS } from '../../support/payments-world.js';

describe('Webhooks API v1: who may call it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ world: PAYMENTS_WORLD });
  });
  afterAll(() => t.close());
  const hooks = '/webhooks/v1/webhooks';
  const payload = { url: 'https://shop.example/hooks', events: ['epayments.payment.captured.v1'] };

  it('another partner for a unit not connected to it: 403 Invalid MSN on register and list, and nothing registered', async () => {
    const headers = await t.auth(DEMO.otherPartnerKeys, DEMO.units.partnerNett);
    const registered = await t.inject({ method: 'POST', url: hooks, headers, payload: { ...payload, url: 'https://intruder.example/hooks' } });
    expect(registered.statusCode).toBe(403);
    expect(registered.json()).toMatchObject({ title: 'Invalid MSN', type: 'https://developer.vippsmobilepay.com/webhooks/v1/invalid-msn' });
    expect((await t.inject({ method: 'GET', url: hooks, headers })).statusCode).toBe(403);
    const owners = (await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett) })).json();
    expect(owners.webhooks.map((w: { url: string }) => w.url)).not.toContain('https://intruder.example/hooks');
  });

  it('a unit\'s webhook cannot be deleted through another unit, another partner or the partner itself', async () => {
    const { id } = (await t.inject({ method: 'POST', url: hooks, headers: await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett), payload })).json();
    for (const headers of [await t.auth(DEMO.partnerKeys, DEMO.units.partnerKafe), await t.auth(DEMO.otherPartnerKeys, UNITS.otherPartner), await t.auth(DEMO.partnerKeys), await t.auth(DEMO.merchantKeys)]) {
      expect((await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers })).statusCode).toBe(404);
    }
    const list = (await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett) })).json();
    expect(list.webhooks.map((w: { id: string }) => w.id)).toContain(id);
  });

  it('one partner never sees another partner\'s own webhooks', async () => {
    const { id } = (await t.inject({ method: 'POST', url: hooks, headers: await t.auth(DEMO.partnerKeys), payload })).json();
    const theirs = (await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.otherPartnerKeys) })).json();
    expect(theirs.webhooks.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('merchant keys naming another MSN: 403', async () => {
    expect((await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.merchantKeys, DEMO.units.partnerNett) })).statusCode).toBe(403);
  });

  it('management and accounting keys: 403 saying why', async () => {
    for (const keys of [DEMO.managementKeys, DEMO.accountingKeys, DEMO.merchantManagementKeys]) {
      const res = await t.inject({ method: 'POST', url: hooks, headers: await t.auth(keys, DEMO.units.partnerNett), payload });
      expect(res.statusCode).toBe(403);
      expect(res.json().detail).toMatch(/cannot move money/);
    }
  });

  it('a unit not allowed to take payments: 403', async () => {
    expect((await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.partnerKeys, UNITS.loginOnly) })).statusCode).toBe(403);
  });

  it('no or a wrong subscription key, or no token: 401', async () => {
    const headers = await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett);
    const { 'ocp-apim-subscription-key': _s, ...noKey } = headers;
    expect((await t.inject({ method: 'GET', url: hooks, headers: noKey })).statusCode).toBe(401);
    expect((await t.inject({ method: 'GET', url: hooks, headers: { ...headers, 'ocp-apim-subscription-key': 'nope' } })).statusCode).toBe(401);
    const { authorization: _a, ...noToken } = headers;
    expect((await t.inject({ method: 'POST', url: hooks, headers: noToken, payload })).statusCode).toBe(401);
  });

  it('an expired token: 401', async () => {
    const headers = await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett);
    await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: 86_401 } });
    expect((await t.inject({ method: 'GET', url: hooks, headers })).statusCode).toBe(401);
  });
});
