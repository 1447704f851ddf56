import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { DEMO } from '../../support/demo.js';

describe('Webhooks API v1: register, list, delete', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const hooks = '/webhooks/v1/webhooks';
  const register = async (headers: Record<string, string>, events = ['epayments.payment.captured.v1'], url = 'https://shop.example/hooks') =>
    t.inject({ method: 'POST', url: hooks, headers, payload: { url, events } });

  it('partner keys for a connected unit: 201 with an id and a secret; listed for that unit only', async () => {
    const headers = await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett);
    const res = await register(headers, ['epayments.payment.captured.v1', 'epayments.payment.authorized.v1']);
    expect(res.statusCode).toBe(201);
    const { id, secret } = res.json();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(secret.length).toBeGreaterThanOrEqual(40);
    const list = (await t.inject({ method: 'GET', url: hooks, headers })).json();
    expect(list.webhooks).toContainEqual({ id, url: 'https://shop.example/hooks', events: ['epayments.payment.captured.v1', 'epayments.payment.authorized.v1'] });
    const other = (await t.inject({ method: 'GET', url: hooks, headers: await t.auth(DEMO.partnerKeys, DEMO.units.partnerKafe) })).json();
    expect(other.webhooks.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('the secret is stored sealed, never in plain text', async () => {
    const res = await register(await t.auth(DEMO.partnerKeys, DEMO.units.partnerNett));
    const { id, secret } = res.json();
    const row = await t.rt.store.db.selectFrom('webhooks').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(t.rt.box.decrypt(row.secret_enc)).toBe(secret);
  });

  it('merchant keys manage their own unit\'s webhooks', async () => {
    const headers = await t.auth(DEMO.merchantKeys);
    const { id } = (await register(headers)).json();
    expect((await t.inject({ method: 'GET', url: hooks, headers })).json().webhooks.map((w: { id: string }) => w.id)).toContain(id);
    expect((await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers })).statusCode).toBe(204);
    expect((await t.inject({ method: 'GET', url: hooks, headers })).json().webhooks.map((w: { id: string }) => w.id)).not.toContain(id);
  });

  it('partner keys without Merchant-Serial-Number manage the partner\'s own webhooks', async () => {
    const headers = await t.auth(DEMO.partnerKeys);
    const { id } = (await register(headers, ['epayments.payment.created.v1'])).json();
    const list = (await t.inject({ method: 'GET', url: hooks, headers })).json();
    expect(list.webhooks.map((w: { id: string }) => w.id)).toEqual([id]);
    expect((await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers })).statusCode).toBe(204);
  });

  it('delete answers 204 with no body and the webhook is gone', async () => {
    const headers = await t.auth(DEMO.partnerKeys, DEMO.units.partnerKafe);
    const { id } = (await register(headers)).json();
    const res = await t.inject({ method: 'DELETE', url: `${hooks}/${id}`, headers });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await t.inject({ method: 'GET', url: hooks, headers })).json().webhooks).toEqual([]);
  });

  it('accepts every documented event type and plain http for a local receiver', async () => {
    const events = ['epayments.payment.created.v1', 'epayments.payment.aborted.v1', 'epayments.payment.expired.v1', 'epayments.payment.cancelled.v1', 'epayments.payment.captured.v1', 'epayments.payment.refunded.v1', 'epayments.payment.authorized.v1', 'epayments.payment.terminated.v1', 'recurring.charge-captured.v1', 'user.checked-in.v1'];
    const res = await register(await t.auth(DEMO.merchantKeys), events, 'http://127.0.0.1:9999/hook');
    expect(res.statusCode).toBe(201);
  });
});
