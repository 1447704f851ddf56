// Helpers for eCom API v2 tests: an initiate body, keys, the payer's side, the outbox.
import type { TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';
import { newRef } from './payments.js';

export const MSN = DEMO.units.partnerNett;
export const PAYER_MOBILE = '91234567'; // Kari Nordmann (4791234567) in the demo world

export function initiateBody(o: { msn?: string; callbackPrefix?: string; merchantInfo?: Record<string, unknown>; transaction?: Record<string, unknown>; customerInfo?: Record<string, unknown> } = {}) {
  return {
    customerInfo: { mobileNumber: PAYER_MOBILE, ...o.customerInfo },
    merchantInfo: {
      merchantSerialNumber: o.msn ?? MSN,
      callbackPrefix: o.callbackPrefix ?? 'https://shop.example/vipps/callback',
      fallBack: 'https://shop.example/vipps/fallback?order=1',
      authToken: 'secret-callback-token-123',
      ...o.merchantInfo,
    },
    transaction: { orderId: newRef('ecom'), amount: 20000, transactionText: 'One pair of socks', ...o.transaction },
  };
}

/** Partner keys acting for MSN (in the header), or merchant keys (no header). */
export const partnerHeaders = (t: TestApp, msn: string = MSN) => t.auth(DEMO.partnerKeys, msn);
export const merchantHeaders = (t: TestApp) => t.auth(DEMO.merchantKeys as KeyCreds);

export async function initiate(t: TestApp, headers: Record<string, string>, body = initiateBody()) {
  const res = await t.inject({ method: 'POST', url: '/ecomm/v2/payments', headers, payload: body });
  if (res.statusCode !== 200) throw new Error(`initiate failed: ${res.statusCode} ${res.body}`);
  return { orderId: body.transaction.orderId, body, res: res.json() as { orderId: string; url: string } };
}

export async function payer(t: TestApp, msn: string, orderId: string, action: 'approve' | 'reject' | 'continue', payload: Record<string, unknown> = {}) {
  const res = await t.inject({ method: 'POST', url: `/_sim/ecom/${msn}/${orderId}/${action}`, payload });
  if (res.statusCode !== 200) throw new Error(`${action} failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** An order the payer has approved. */
export async function reserved(t: TestApp, headers: Record<string, string>, over: Parameters<typeof initiateBody>[0] = {}) {
  const { orderId, body } = await initiate(t, headers, initiateBody(over));
  await payer(t, body.merchantInfo.merchantSerialNumber, orderId, 'approve');
  return orderId;
}

export function action(t: TestApp, headers: Record<string, string>, orderId: string, what: 'capture' | 'refund', amount?: number | null, requestId?: string, msn = MSN) {
  return t.inject({
    method: 'POST',
    url: `/ecomm/v2/payments/${orderId}/${what}`,
    headers: { ...headers, ...(requestId ? { 'x-request-id': requestId } : {}) },
    payload: { merchantInfo: { merchantSerialNumber: msn }, transaction: { ...(amount !== undefined ? { amount } : {}), transactionText: `${what} text` } },
  });
}

export function cancel(t: TestApp, headers: Record<string, string>, orderId: string, shouldReleaseRemainingFunds?: boolean, msn = MSN) {
  return t.inject({
    method: 'PUT',
    url: `/ecomm/v2/payments/${orderId}/cancel`,
    headers,
    payload: { merchantInfo: { merchantSerialNumber: msn }, transaction: { transactionText: 'No socks for you' }, ...(shouldReleaseRemainingFunds !== undefined ? { shouldReleaseRemainingFunds } : {}) },
  });
}

export const details = (t: TestApp, headers: Record<string, string>, orderId: string) => t.inject({ method: 'GET', url: `/ecomm/v2/payments/${orderId}/details`, headers });

export async function drain(t: TestApp): Promise<void> {
  while ((await t.rt.outbox.runOnce()) > 0);
}

/** The error array's first entry, checked to have eCom's shape. */
export function firstError(res: { json(): unknown }) {
  const body = res.json() as { errorGroup: string; errorCode: string; errorMessage: string; contextId?: string }[];
  if (!Array.isArray(body) || body.length === 0) throw new Error(`not an eCom error array: ${JSON.stringify(body)}`);
  return body[0]!;
}
