// Sends what the eCom API owes merchants: callbacks, shipping-details requests and consent
// removals, each with the merchant's authToken (unsealed only here) as Authorization.
// Throwing makes the outbox record the failure (and retry where the topic allows).
import type { ShippingOption } from '../../domain/ecom/ecom-payment.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { findSealedAuthToken } from '../../store/ecom-payments-repo.js';
import type { ConsentRemovalMessage } from './remove-ecom-consent.js';
import type { EcomCallbackMessage } from './enqueue-ecom-callback.js';
import type { ShippingRequestMessage } from './ask-shipping-options.js';
import { recordShippingOptions } from './record-shipping-options.js';

export type MerchantSend = (r: { method: 'POST' | 'DELETE'; url: string; headers: Record<string, string>; body?: string; timeoutMs: number }) => Promise<{ status: number; text: string }>;

export interface EcomDeliveryContext {
  db: Db;
  box: SecretBox;
  send: MerchantSend;
  now: () => number;
}

/** The documented deadlines: 3 s for a callback, 10 s for shipping details. */
export const CALLBACK_TIMEOUT_MS = 3_000;
export const SHIPPING_TIMEOUT_MS = 10_000;
export const CONSENT_TIMEOUT_MS = 10_000;

async function headersFor(c: EcomDeliveryContext, paymentId: string, json: boolean): Promise<Record<string, string>> {
  const sealed = await findSealedAuthToken(c.db, paymentId);
  return { ...(json ? { 'content-type': 'application/json;charset=UTF-8' } : {}), ...(sealed ? { authorization: c.box.decrypt(sealed) } : {}), 'user-agent': 'vpp-ecom' };
}

const failed = (what: string, status: number) => new Error(`${what} answered HTTP ${status}`);

export async function deliverEcomCallback(c: EcomDeliveryContext, m: EcomCallbackMessage): Promise<void> {
  const res = await c.send({ method: 'POST', url: m.url, headers: await headersFor(c, m.paymentId, true), body: JSON.stringify(m.body), timeoutMs: CALLBACK_TIMEOUT_MS });
  // One attempt (the topic allows no more): the failure is recorded, not retried.
  if (res.status < 200 || res.status >= 300) throw failed('the callback endpoint', res.status);
}

function parseOptions(text: string): ShippingOption[] | string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the answer is not JSON';
  }
  const list = (body as { shippingDetails?: unknown })?.shippingDetails;
  if (!Array.isArray(list) || list.length === 0) return 'the answer has no shippingDetails';
  const ok = list.every((s) => s && typeof s.shippingMethodId === 'string' && typeof s.shippingMethod === 'string' && typeof s.shippingCost === 'number' && s.shippingCost >= 0);
  if (!ok) return 'each shippingDetails entry needs shippingMethodId, shippingMethod and a shippingCost ≥ 0';
  return list.map((s) => ({ isDefault: s.isDefault === 'Y' ? 'Y' : 'N', priority: typeof s.priority === 'number' ? s.priority : undefined, shippingCost: s.shippingCost, shippingMethod: s.shippingMethod, shippingMethodId: s.shippingMethodId }));
}

export async function deliverShippingRequest(c: EcomDeliveryContext, m: ShippingRequestMessage): Promise<void> {
  let outcome: ShippingOption[] | string;
  try {
    const res = await c.send({ method: 'POST', url: m.url, headers: await headersFor(c, m.paymentId, true), body: JSON.stringify(m.body), timeoutMs: SHIPPING_TIMEOUT_MS });
    outcome = res.status >= 200 && res.status < 300 ? parseOptions(res.text) : `the merchant answered HTTP ${res.status}`;
  } catch (err) {
    outcome = err instanceof Error ? err.message : String(err);
  }
  // The payer is waiting: a failure is shown at once (no retry), as "No shipping methods found".
  if (typeof outcome === 'string') await recordShippingOptions({ db: c.db, paymentId: m.paymentId, problem: outcome, now: c.now() });
  else await recordShippingOptions({ db: c.db, paymentId: m.paymentId, options: outcome, now: c.now() });
}

export async function deliverConsentRemoval(c: EcomDeliveryContext, m: ConsentRemovalMessage): Promise<void> {
  const res = await c.send({ method: 'DELETE', url: m.url, headers: await headersFor(c, m.paymentId, false), timeoutMs: CONSENT_TIMEOUT_MS });
  if (res.status < 200 || res.status >= 300) throw failed('the consent removal endpoint', res.status);
}
