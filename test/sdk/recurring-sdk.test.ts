// The official SDK's 13 Recurring calls against vpp, unchanged, with partner keys
// (production) and merchant keys (test environment, where forceAccept exists); and the
// checklist's required end states reached through them.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@vippsmobilepay/sdk';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO, type KeyCreds } from '../support/demo.js';
import { redirectSdkTo } from '../support/sdk-fetch.js';
import { dayAhead, processDay } from '../support/recurring.js';

async function listen(t: TestApp) {
  await t.app.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

function sdk(keys: KeyCreds, msn: string, useTestMode: boolean) {
  return Client({ merchantSerialNumber: msn, subscriptionKey: keys.subscriptionKey, useTestMode, retryRequests: false, systemName: 'vpp-sdk-test', systemVersion: '1.0', pluginName: 'vitest', pluginVersion: '3' });
}

type Sdk = ReturnType<typeof sdk>;
async function tokenOf(client: Sdk, keys: KeyCreds): Promise<string> {
  const res = await client.auth.getToken(keys.clientId, keys.clientSecret);
  if (!res.ok) throw new Error(`token: ${JSON.stringify(res.error)}`);
  return res.data.access_token;
}

function ok<T>(res: { ok: true; data: T } | { ok: false; error: unknown }): T {
  if (!res.ok) throw new Error(JSON.stringify(res.error));
  return res.data;
}

const draft = (phoneNumber = '4791234567') => ({
  pricing: { type: 'LEGACY' as const, amount: 19900, currency: 'NOK' as const },
  interval: { unit: 'MONTH' as const, count: 1 },
  merchantRedirectUrl: 'https://shop.example/redirect',
  merchantAgreementUrl: 'https://shop.example/agreement',
  phoneNumber,
  productName: 'SDK subscription',
});

describe('the official SDK as a Recurring client', () => {
  let prod: TestApp;
  let test: TestApp;
  let restore: () => void;

  beforeAll(async () => {
    prod = await startTestApp();
    test = await startTestApp({ config: { mode: 'test' } });
    const prodUrl = await listen(prod);
    const testUrl = await listen(test);
    restore = redirectSdkTo({ production: () => prodUrl, test: () => testUrl });
  });
  afterAll(async () => {
    restore?.();
    await prod?.close();
    await test?.close();
  });

  it("with partner keys: every call, ending in the checklist's states (ACTIVE, STOPPED, RECURRING CHARGED, RECURRING REFUNDED)", async () => {
    const msn = DEMO.units.partnerNett;
    const client = sdk(DEMO.partnerKeys, msn, false);
    let token = await tokenOf(client, DEMO.partnerKeys);

    const kept = ok(await client.recurring.agreement.create(token, draft()));
    expect(kept.vippsConfirmationUrl).toMatch(/\/app\/recurring\?token=/);
    const stopped = ok(await client.recurring.agreement.create(token, draft()));
    for (const id of [kept.agreementId, stopped.agreementId]) {
      const res = await prod.inject({ method: 'POST', url: `/_sim/recurring/agreements/${id}/accept`, payload: { phoneNumber: '4791234567' } });
      expect(res.statusCode).toBe(200);
    }
    expect(ok(await client.recurring.agreement.info(token, kept.agreementId)).status).toBe('ACTIVE');
    const listed = ok(await client.recurring.agreement.list(token, 'ACTIVE'));
    expect(listed.map((a) => a.id)).toEqual(expect.arrayContaining([kept.agreementId, stopped.agreementId]));
    ok(await client.recurring.agreement.update(token, kept.agreementId, { productDescription: 'Now with more' }));

    const due = dayAhead(prod, 2);
    const charge = (description: string) => ({ amount: 19900, transactionType: 'DIRECT_CAPTURE' as const, description, due, retryDays: 1 });
    const toCharge = ok(await client.recurring.charge.create(token, kept.agreementId, charge('Month 1'))).chargeId!;
    const toRefund = ok(await client.recurring.charge.create(token, kept.agreementId, charge('Month 1 extra'))).chargeId!;
    const toCancel = ok(await client.recurring.charge.create(token, kept.agreementId, charge('Cancelled'))).chargeId!;
    const batch = ok(await client.recurring.charge.createMultiple(token, [{ ...charge('Batch'), agreementId: kept.agreementId, orderId: `sdk-batch-${Date.now()}` }]));
    expect(batch.validCharges).toHaveLength(1);
    ok(await client.recurring.charge.cancel(token, kept.agreementId, toCancel));

    await processDay(prod, due);
    token = await tokenOf(client, DEMO.partnerKeys); // the clock moved past the old token's life
    ok(await client.recurring.charge.refund(token, kept.agreementId, toRefund, { amount: 19900, description: 'Refunded' }));

    const charged = ok(await client.recurring.charge.info(token, kept.agreementId, toCharge));
    expect(charged).toMatchObject({ status: 'CHARGED', type: 'RECURRING' });
    expect(ok(await client.recurring.charge.infoById(token, toRefund))).toMatchObject({ status: 'REFUNDED', type: 'RECURRING' });
    const all = ok(await client.recurring.charge.list(token, kept.agreementId));
    expect(all.map((c) => c.status).sort()).toEqual(['CANCELLED', 'CHARGED', 'CHARGED', 'REFUNDED']);
    expect(ok(await client.recurring.charge.list(token, kept.agreementId, 'CANCELLED')).map((c) => c.id)).toEqual([toCancel]);

    ok(await client.recurring.agreement.update(token, stopped.agreementId, { status: 'STOPPED' }));
    expect(ok(await client.recurring.agreement.info(token, stopped.agreementId)).status).toBe('STOPPED');
    expect(ok(await client.recurring.agreement.info(token, kept.agreementId)).status).toBe('ACTIVE');
  });

  it('with merchant keys in the test environment: forceAccept, a reserved initial charge captured', async () => {
    const client = sdk(DEMO.merchantKeys, DEMO.units.noPartner, true);
    const token = await tokenOf(client, DEMO.merchantKeys);
    const created = ok(await client.recurring.agreement.create(token, { ...draft(), initialCharge: { amount: 5000, description: 'Phone', transactionType: 'RESERVE_CAPTURE' } }));
    ok(await client.recurring.agreement.forceAccept(token, created.agreementId, { phoneNumber: '4791234567' }));
    expect(ok(await client.recurring.agreement.info(token, created.agreementId)).status).toBe('ACTIVE');
    expect(ok(await client.recurring.charge.info(token, created.agreementId, created.chargeId!)).status).toBe('RESERVED');
    ok(await client.recurring.charge.capture(token, created.agreementId, created.chargeId!, { amount: 5000, description: 'Shipped' }));
    expect(ok(await client.recurring.charge.info(token, created.agreementId, created.chargeId!))).toMatchObject({ status: 'CHARGED', summary: { captured: 5000 } });
  });

  it('errors come back as the SDK expects them: the Problem object', async () => {
    const client = sdk(DEMO.partnerKeys, DEMO.units.partnerNett, false);
    const token = await tokenOf(client, DEMO.partnerKeys);
    const res = await client.recurring.agreement.info(token, 'agr_missing');
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error).toMatchObject({ status: 404 });
  });
});
