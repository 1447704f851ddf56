// A partner's calls against running vpp nodes over real HTTP: tokens per node, the ePayment
// steps, the simulation API, and waiting for something to become true.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { DEMO } from './demo.js';
import { client, type VppProcess } from './vpp-process.js';

export const MSN = DEMO.units.partnerNett;
export const PAYER_PHONE = '4791234567';

export interface Node {
  name: string;
  vpp: VppProcess;
  api: ReturnType<typeof client>;
  /** Partner-key headers for MSN with a token this node issued. */
  auth(): Promise<Record<string, string>>;
}

export function nodeOf(name: string, vpp: VppProcess): Node {
  const api = client(vpp.baseUrl);
  let token: Promise<string> | undefined;
  return {
    name,
    vpp,
    api,
    async auth() {
      token ??= api.token(DEMO.partnerKeys);
      return { authorization: `Bearer ${await token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey, 'merchant-serial-number': MSN };
    },
  };
}

export async function createPayment(n: Node, value: number, reference = `scale-${randomUUID()}`): Promise<string> {
  const res = await n.api.call('POST', '/epayment/v1/payments', { ...(await n.auth()), 'idempotency-key': randomUUID() }, {
    amount: { currency: 'NOK', value },
    paymentMethod: { type: 'WALLET' },
    reference,
    userFlow: 'WEB_REDIRECT',
    returnUrl: 'https://shop.example/back',
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return reference;
}

export async function payer(n: Node, reference: string, decision: 'approve' | 'reject'): Promise<void> {
  const res = await n.api.call('POST', `/_sim/payments/${MSN}/${reference}/${decision}`, {}, { phoneNumber: PAYER_PHONE });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

export async function adjust(n: Node, reference: string, action: 'capture' | 'refund' | 'cancel', value?: number) {
  const body = value === undefined ? undefined : { modificationAmount: { currency: 'NOK', value } };
  return n.api.call('POST', `/epayment/v1/payments/${reference}/${action}`, { ...(await n.auth()), 'idempotency-key': randomUUID() }, body);
}

export async function getPayment(n: Node, reference: string) {
  const res = await n.api.call('GET', `/epayment/v1/payments/${reference}`, await n.auth());
  expect(res.status).toBe(200);
  return res.json as { state: string; aggregate: Record<string, { value: number }> };
}

/** The payment's event log, oldest first (from the ePayment API). */
export async function eventNames(n: Node, reference: string): Promise<string[]> {
  const res = await n.api.call('GET', `/epayment/v1/payments/${reference}/events`, await n.auth());
  expect(res.status).toBe(200);
  return (res.json as { name: string }[]).map((e) => e.name);
}

export interface StoredDelivery { id: string; eventId: string; reference: string; status: string; attempts: { statusCode: number | null; error: string | null }[] }

/** Every webhook delivery in the store (the simulation API), newest first. */
export async function storedDeliveries(n: Node): Promise<StoredDelivery[]> {
  const res = await n.api.call('GET', `/_sim/webhooks/deliveries?msn=${MSN}&limit=500`, {});
  expect(res.status).toBe(200);
  return res.json.deliveries as StoredDelivery[];
}

/** Polls until `check` holds; fails with `what` after the deadline (a bound, not a speed claim). */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, deadlineMs = 30_000): Promise<void> {
  for (const started = Date.now(); ; ) {
    if (await check()) return;
    if (Date.now() - started > deadlineMs) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
