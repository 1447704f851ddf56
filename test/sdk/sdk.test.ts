// The official SDK (@vippsmobilepay/sdk) as a client of vpp: its requests and its parsing
// of our answers must work unchanged.
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@vippsmobilepay/sdk';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO, type KeyCreds } from '../support/demo.js';
import { redirectSdkTo } from '../support/sdk-fetch.js';

async function listen(t: TestApp) {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

function sdk(keys: KeyCreds, msn: string, useTestMode: boolean) {
  return Client({ merchantSerialNumber: msn, subscriptionKey: keys.subscriptionKey, useTestMode, retryRequests: false, systemName: 'vpp-sdk-test', systemVersion: '1.0', pluginName: 'vitest', pluginVersion: '3' });
}

async function tokenOf(client: ReturnType<typeof sdk>, keys: KeyCreds): Promise<string> {
  const res = await client.auth.getToken(keys.clientId, keys.clientSecret);
  if (!res.ok) throw new Error(`token: ${JSON.stringify(res.error)}`);
  expect(res.data.token_type).toBe('Bearer');
  return res.data.access_token;
}

const order = (over: Record<string, unknown> = {}) => ({
  amount: { currency: 'NOK' as const, value: 1000 },
  paymentMethod: { type: 'WALLET' as const },
  reference: `sdk-${randomUUID()}`,
  userFlow: 'WEB_REDIRECT' as const,
  returnUrl: 'https://shop.example/return',
  paymentDescription: 'Paid through the SDK',
  ...over,
});

describe('the official SDK against vpp', () => {
  let prod: TestApp;
  let test: TestApp;
  let prodUrl: string;
  let testUrl: string;
  let restore: () => void;

  beforeAll(async () => {
    prod = await startTestApp();
    test = await startTestApp({ config: { mode: 'test' } });
    prodUrl = await listen(prod);
    testUrl = await listen(test);
    restore = redirectSdkTo({ production: () => prodUrl, test: () => testUrl });
  });
  afterAll(async () => {
    restore?.();
    await prod?.close();
    await test?.close();
  });

  it('with partner keys: token, create, info, history, capture, refund, cancel', async () => {
    const msn = DEMO.units.partnerNett;
    const client = sdk(DEMO.partnerKeys, msn, false);
    const token = await tokenOf(client, DEMO.partnerKeys);
    const body = order({ amount: { currency: 'NOK', value: 2000 } });

    const created = await client.payment.create(token, body);
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    expect(created.data.reference).toBe(body.reference);
    expect(created.data.redirectUrl).toMatch(/\/app\/landing\?token=/);

    const before = await client.payment.info(token, body.reference);
    if (!before.ok) throw new Error(JSON.stringify(before.error));
    expect(before.data.state).toBe('CREATED');

    await prod.inject({ method: 'POST', url: `/_sim/payments/${msn}/${body.reference}/approve`, payload: { phoneNumber: '4791234567' } });

    const captured = await client.payment.capture(token, body.reference, { modificationAmount: { currency: 'NOK', value: 1500 } });
    if (!captured.ok) throw new Error(JSON.stringify(captured.error));
    expect(captured.data.aggregate.capturedAmount.value).toBe(1500);

    const refunded = await client.payment.refund(token, body.reference, { modificationAmount: { currency: 'NOK', value: 500 } });
    if (!refunded.ok) throw new Error(JSON.stringify(refunded.error));
    expect(refunded.data.aggregate.refundedAmount.value).toBe(500);

    const cancelled = await client.payment.cancel(token, body.reference);
    if (!cancelled.ok) throw new Error(JSON.stringify(cancelled.error));
    expect(cancelled.data.state).toBe('AUTHORIZED');
    expect(cancelled.data.aggregate.cancelledAmount.value).toBe(500);

    const history = await client.payment.history(token, body.reference);
    if (!history.ok) throw new Error(JSON.stringify(history.error));
    expect(history.data.map((e) => e.name)).toEqual(['CREATED', 'AUTHORIZED', 'CAPTURED', 'REFUNDED', 'CANCELLED']);

    // The SDK sent the Vipps-System headers and the MSN: the request log has them.
    await prod.rt.requestLog.flush();
    const logged = await prod.rt.store.db.selectFrom('api_requests').selectAll().where('route', '=', '/epayment/v1/payments').where('method', '=', 'POST').executeTakeFirstOrThrow();
    expect(logged).toMatchObject({ msn, system_name: 'vpp-sdk-test', plugin_name: 'vitest' });
  });

  it('errors come back as the SDK expects them: the Problem object', async () => {
    const client = sdk(DEMO.partnerKeys, DEMO.units.partnerNett, false);
    const token = await tokenOf(client, DEMO.partnerKeys);
    const res = await client.payment.create(token, order({ amount: { currency: 'NOK', value: 50 } }));
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error).toMatchObject({ status: 400, extraDetails: [{ name: 'amount.value' }] });
    const missing = await client.payment.info(token, 'no-such-reference');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatchObject({ status: 404, title: 'Reference not found' });
  });

  it('with merchant keys: create and info for their own unit', async () => {
    const client = sdk(DEMO.merchantKeys, DEMO.units.noPartner, false);
    const token = await tokenOf(client, DEMO.merchantKeys);
    const body = order();
    const created = await client.payment.create(token, body);
    expect(created.ok).toBe(true);
    const info = await client.payment.info(token, body.reference);
    if (!info.ok) throw new Error(JSON.stringify(info.error));
    expect(info.data).toMatchObject({ reference: body.reference, state: 'CREATED', amount: { currency: 'NOK', value: 1000 } });
  });

  it('force approve in the test environment with merchant keys', async () => {
    const client = sdk(DEMO.merchantKeys, DEMO.units.noPartner, true);
    const token = await tokenOf(client, DEMO.merchantKeys);
    const body = order({ userFlow: 'PUSH_MESSAGE', customer: { phoneNumber: '4791234567' }, returnUrl: undefined });
    expect((await client.payment.create(token, body)).ok).toBe(true);
    const approved = await client.payment.forceApprove(token, body.reference, { customer: { phoneNumber: '4791234567' } });
    expect(approved.ok).toBe(true);
    const info = await client.payment.info(token, body.reference);
    if (!info.ok) throw new Error(JSON.stringify(info.error));
    expect(info.data.state).toBe('AUTHORIZED');
    expect(info.data.aggregate.authorizedAmount.value).toBe(1000);
  });

  it('webhooks: register, list and delete, with partner keys and with merchant keys', async () => {
    for (const [keys, msn] of [
      [DEMO.partnerKeys, DEMO.units.partnerKafe],
      [DEMO.merchantKeys, DEMO.units.noPartner],
    ] as const) {
      const client = sdk(keys, msn, false);
      const token = await tokenOf(client, keys);
      const reg = await client.webhook.register(token, { url: 'https://shop.example/sdk-hook', events: ['epayments.payment.captured.v1'] });
      if (!reg.ok) throw new Error(JSON.stringify(reg.error));
      expect(reg.data.secret.length).toBeGreaterThan(20);
      const list = await client.webhook.list(token);
      if (!list.ok) throw new Error(JSON.stringify(list.error));
      expect(list.data.webhooks).toContainEqual({ id: reg.data.id, url: 'https://shop.example/sdk-hook', events: ['epayments.payment.captured.v1'] });
      const del = await client.webhook.delete(token, reg.data.id);
      expect(del.ok).toBe(true);
      const after = await client.webhook.list(token);
      if (!after.ok) throw new Error(JSON.stringify(after.error));
      expect(after.data.webhooks.map((w) => w.id)).not.toContain(reg.data.id);
    }
  });
});
