// Helpers for payment tests: create a payment, let the payer act, call the ePayment API.
import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';

export const PAYER = '4791234567'; // Kari Nordmann in the demo world

let counter = 0;
/** A fresh, valid reference. */
export const newRef = (prefix = 'test-order') => `${prefix}-${Date.now().toString(36)}-${(++counter).toString(36)}-${randomUUID().slice(0, 6)}`;

export function paymentBody(over: Record<string, unknown> = {}) {
  return {
    amount: { currency: 'NOK', value: 1000 },
    paymentMethod: { type: 'WALLET' },
    reference: newRef(),
    userFlow: 'WEB_REDIRECT',
    returnUrl: 'https://shop.example/return?order=1',
    paymentDescription: 'Two cinnamon buns',
    ...over,
  };
}

/** Headers for partner keys acting for a unit, or merchant keys for their own. */
export async function as(t: TestApp, keys: KeyCreds, msn?: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  return { ...(await t.auth(keys, msn)), 'idempotency-key': randomUUID(), ...extra };
}

export const partner = (t: TestApp, msn = DEMO.units.partnerNett, extra?: Record<string, string>) => as(t, DEMO.partnerKeys, msn, extra);
export const merchant = (t: TestApp, extra?: Record<string, string>) => as(t, DEMO.merchantKeys, undefined, extra);

export async function create(t: TestApp, headers: Record<string, string>, over: Record<string, unknown> = {}) {
  const body = paymentBody(over);
  const res = await t.inject({ method: 'POST', url: '/epayment/v1/payments', headers, payload: body });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return { reference: body.reference as string, body: res.json() as { reference: string; redirectUrl?: string }, request: body };
}

export async function payerDecides(t: TestApp, msn: string, reference: string, decision: 'approve' | 'reject', phoneNumber = PAYER) {
  const res = await t.inject({ method: 'POST', url: `/_sim/payments/${msn}/${reference}/${decision}`, payload: { phoneNumber } });
  if (res.statusCode !== 200) throw new Error(`${decision} failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** A payment for `value` that the payer has approved. */
export async function authorized(t: TestApp, headers: () => Promise<Record<string, string>>, msn: string, value = 1000) {
  const { reference } = await create(t, await headers(), { amount: { currency: 'NOK', value } });
  await payerDecides(t, msn, reference, 'approve');
  return reference;
}

export async function adjust(t: TestApp, headers: Record<string, string>, reference: string, action: 'capture' | 'refund' | 'cancel', value?: number) {
  return t.inject({
    method: 'POST',
    url: `/epayment/v1/payments/${reference}/${action}`,
    headers,
    ...(value !== undefined ? { payload: { modificationAmount: { currency: 'NOK', value } } } : {}),
  });
}

export async function getPayment(t: TestApp, headers: Record<string, string>, reference: string) {
  return t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}`, headers });
}

export async function getEvents(t: TestApp, headers: Record<string, string>, reference: string) {
  return t.inject({ method: 'GET', url: `/epayment/v1/payments/${reference}/events`, headers });
}

/** Headers with a token fetched now: a cached token may have expired on the moved clock. */
export async function freshAuth(t: TestApp, keys: KeyCreds, msn?: string) {
  const res = await t.inject({
    method: 'POST',
    url: '/accesstoken/get',
    headers: { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey },
  });
  if (res.statusCode !== 200) throw new Error(`token failed: ${res.body}`);
  return {
    authorization: `Bearer ${res.json().access_token}`,
    'ocp-apim-subscription-key': keys.subscriptionKey,
    ...(msn ? { 'merchant-serial-number': msn } : {}),
    'idempotency-key': randomUUID(),
  };
}
