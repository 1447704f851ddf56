// The SDK's generated types describe a newer ePayment spec than the reference's 1.4.1: vpp
// accepts every field of it and acts on the ones a payer or merchant would notice.
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client } from '@vippsmobilepay/sdk';
import type { World } from '../../src/domain/world/world-schema.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { DEMO } from '../support/demo.js';
import { redirectSdkTo } from '../support/sdk-fetch.js';
import { partner } from '../support/payments.js';

const TEEN = { nin: '15061250090', firstName: 'Ola', lastName: 'Ung', phone: '4799900011', email: 'ola.ung@example.test' }; // born 15 June 2012
const ADULT_PHONE = '4791234567'; // Kari Nordmann, born 1977
const WORLD = { ...DEMO.world, registry: { ...DEMO.world.registry, persons: [...(DEMO.world.registry?.persons ?? []), TEEN] } } as unknown as World;
const msn = DEMO.units.partnerNett;

const fullReceipt = {
  orderLines: [
    { name: 'Cider', id: 'c-1', totalAmount: 5000, totalAmountExcludingTax: 4000, totalTaxAmount: 1000, taxRate: 2500, unitInfo: { unitPrice: 2500, quantity: '2', quantityUnit: 'PCS' as const }, discount: 0, productUrl: 'https://shop.example/cider', isReturn: false, isShipping: false },
  ],
  bottomLine: {
    currency: 'NOK' as const,
    tipAmount: 0,
    giftCardAmount: 0,
    posId: 'pos-1',
    totalAmount: 5000,
    totalTax: 1000,
    totalDiscount: 0,
    shippingAmount: 0,
    shippingInfo: { amount: 0, amountExcludingTax: 0, taxAmount: 0, taxPercentage: 25 },
    paymentSources: { giftCard: 0, card: 5000, voucher: 0, cash: 0 },
    barcode: { format: 'EAN-13' as const, data: '7038010069307' },
    receiptNumber: 'r-42',
    terminalId: 't-7',
  },
};

describe('the newest ePayment spec, with the SDK as the client', () => {
  let t: TestApp;
  let restore: () => void;
  let client: ReturnType<typeof Client>;
  let token: string;

  beforeAll(async () => {
    t = await startTestApp({ world: WORLD });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    restore = redirectSdkTo({ production: () => url, test: () => url });
    client = Client({ merchantSerialNumber: msn, subscriptionKey: DEMO.partnerKeys.subscriptionKey, useTestMode: false, retryRequests: false, systemName: 'vpp-sdk-test', systemVersion: '1.0' });
    const res = await client.auth.getToken(DEMO.partnerKeys.clientId, DEMO.partnerKeys.clientSecret);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    token = res.data.access_token;
  });
  afterAll(async () => {
    restore?.();
    await t?.close();
  });

  const order = (over: Record<string, unknown> = {}) => ({
    amount: { currency: 'NOK' as const, value: 5000 },
    paymentMethod: { type: 'WALLET' as const },
    reference: `sdk-${randomUUID()}`,
    userFlow: 'WEB_REDIRECT' as const,
    returnUrl: 'https://shop.example/return',
    paymentDescription: 'Two bottles of cider',
    ...over,
  });
  const approve = (reference: string, phoneNumber: string) => t.inject({ method: 'POST', url: `/_sim/payments/${msn}/${reference}/approve`, payload: { phoneNumber } });

  it('minimumUserAge and the full receipt are accepted; a payer below the age cannot approve, one above can', async () => {
    const body = order({ minimumUserAge: 18, receipt: fullReceipt });
    const created = await client.payment.create(token, body);
    if (!created.ok) throw new Error(JSON.stringify(created.error));

    const young = await approve(body.reference, TEEN.phone);
    expect(young.statusCode).toBe(403);
    expect(young.json().detail).toMatch(/minimum age of 18/);
    const minor = await approve(body.reference, '4748000003'); // the demo world's Vipps user born 2012
    expect(minor.statusCode).toBe(403);
    expect(minor.json().detail).toMatch(/minimum age of 18/);
    const still = await client.payment.info(token, body.reference);
    expect(still.ok && still.data.state).toBe('CREATED');

    expect((await approve(body.reference, ADULT_PHONE)).statusCode).toBe(200);
    const after = await client.payment.info(token, body.reference);
    expect(after.ok && after.data.state).toBe('AUTHORIZED');
  });

  it('without minimumUserAge the same young payer may approve', async () => {
    const body = order();
    expect((await client.payment.create(token, body)).ok).toBe(true);
    expect((await approve(body.reference, TEEN.phone)).statusCode).toBe(200);
  });

  it('fields no spec has are still refused, also inside the receipt', async () => {
    for (const extra of [{ minimumAge: 18 }, { receipt: { ...fullReceipt, bottomLine: { ...fullReceipt.bottomLine, loyaltyPoints: 3 } } }, { minimumUserAge: 'eighteen' }]) {
      const res = await client.payment.create(token, order(extra) as never);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error).toMatchObject({ status: 400 });
    }
  });

  it('cancelTransactionOnly cancels a payment not yet approved, and keeps an approved one reserved', async () => {
    const open = order();
    const approved = order();
    expect((await client.payment.create(token, open)).ok).toBe(true);
    expect((await client.payment.create(token, approved)).ok).toBe(true);
    await approve(approved.reference, ADULT_PHONE);
    const cancel = async (reference: string) =>
      t.inject({ method: 'POST', url: `/epayment/v1/payments/${reference}/cancel`, headers: await partner(t, msn), payload: { cancelTransactionOnly: true } });
    const first = await cancel(open.reference);
    expect(first.statusCode).toBe(200);
    expect(first.json().state).toBe('TERMINATED');
    const second = await cancel(approved.reference);
    expect(second.statusCode).toBe(409);
    const info = await client.payment.info(token, approved.reference);
    expect(info.ok && info.data.aggregate.cancelledAmount.value).toBe(0);
    expect(info.ok && info.data.state).toBe('AUTHORIZED');
  });
});
