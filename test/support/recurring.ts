// Recurring agreements and charges in the states tests need, made through the API with
// partner keys for unit 212345 (or the keys and unit given).
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { TestApp } from './app.js';
import { DEMO, type KeyCreds } from './demo.js';
import { PAYMENTS_WORLD } from './payments-world.js';
import type { World } from '../../src/domain/world/world-schema.js';

export const NETT = DEMO.units.partnerNett;
export const PAYER = '4791234567';
const DAY = 86_400_000;

export interface Caller {
  keys: KeyCreds;
  msn?: string;
  /** Sent on every call too (the Vipps-System-* headers, for example). */
  extra?: Record<string, string>;
}
export const partnerCaller: Caller = { keys: DEMO.partnerKeys, msn: NETT };
export const merchantCaller: Caller = { keys: DEMO.merchantKeys };

// Tokens by app and client, with the platform time they were fetched: these tests move the
// clock by days, past a token's lifetime, so a token older than an hour is fetched anew.
const tokens = new WeakMap<TestApp, Map<string, { token: string; at: number }>>();

async function tokenOf(t: TestApp, keys: KeyCreds): Promise<string> {
  const mine = tokens.get(t) ?? new Map<string, { token: string; at: number }>();
  tokens.set(t, mine);
  const now = t.rt.clock.now();
  const had = mine.get(keys.clientId);
  if (had && now - had.at < 3_600_000) return had.token;
  const res = await t.inject({ method: 'POST', url: '/accesstoken/get', headers: { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey } });
  if (res.statusCode !== 200) throw new Error(`token failed: ${res.body}`);
  const token = res.json().access_token as string;
  mine.set(keys.clientId, { token, at: now });
  return token;
}

/** Authorization, subscription key and (for partner keys) Merchant-Serial-Number. */
export async function auth(t: TestApp, c: Caller = partnerCaller): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenOf(t, c.keys)}`, 'ocp-apim-subscription-key': c.keys.subscriptionKey, ...(c.msn ? { 'merchant-serial-number': c.msn } : {}), ...c.extra };
}

export async function headers(t: TestApp, c: Caller = partnerCaller, key: string = randomUUID()) {
  return { ...(await auth(t, c)), 'idempotency-key': key };
}

export const agreementBody = (over: Record<string, unknown> = {}) => ({
  pricing: { type: 'LEGACY', amount: 29900, currency: 'NOK' },
  interval: { unit: 'MONTH', count: 1 },
  merchantRedirectUrl: 'https://shop.example/redirect',
  merchantAgreementUrl: 'https://shop.example/my-agreement',
  phoneNumber: PAYER,
  productName: 'Avis Digital',
  productDescription: 'All articles, every day',
  ...over,
});

export async function createAgreement(t: TestApp, over: Record<string, unknown> = {}, c: Caller = partnerCaller) {
  const res = await t.inject({ method: 'POST', url: '/recurring/v3/agreements', headers: await headers(t, c), payload: agreementBody(over) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { agreementId: string; uuid: string; vippsConfirmationUrl: string; chargeId: string | null };
}

export async function accept(t: TestApp, agreementId: string, phoneNumber = PAYER, extra: Record<string, unknown> = {}) {
  const res = await t.inject({ method: 'POST', url: `/_sim/recurring/agreements/${agreementId}/accept`, payload: { phoneNumber, ...extra } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { agreement: { status: string }; initialChargeStatus: string | null };
}

export async function activeAgreement(t: TestApp, over: Record<string, unknown> = {}, c: Caller = partnerCaller, phoneNumber = PAYER) {
  const { agreementId } = await createAgreement(t, { ...over, phoneNumber }, c);
  await accept(t, agreementId, phoneNumber);
  return agreementId;
}

/** The UTC day `days` after the platform's today, as YYYY-MM-DD. */
export const dayAhead = (t: TestApp, days: number) => new Date(t.rt.clock.now() + days * DAY).toISOString().slice(0, 10);

export const chargeBody = (t: TestApp, over: Record<string, unknown> = {}) => ({
  amount: 29900,
  transactionType: 'DIRECT_CAPTURE',
  description: 'December',
  due: dayAhead(t, 2),
  retryDays: 0,
  ...over,
});

export async function createCharge(t: TestApp, agreementId: string, over: Record<string, unknown> = {}, c: Caller = partnerCaller) {
  const res = await t.inject({ method: 'POST', url: `/recurring/v3/agreements/${agreementId}/charges`, headers: await headers(t, c), payload: chargeBody(t, over) });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { chargeId: string }).chargeId;
}

/** Moves the clock to 07:00 UTC on `due` (the first attempt) and runs the due-charge processor. */
export async function processDay(t: TestApp, due: string) {
  const target = Date.parse(`${due}T07:00:00Z`);
  const ahead = Math.max(0, Math.ceil((target - t.rt.clock.now()) / 1000));
  const res = await t.inject({ method: 'POST', url: '/_sim/clock', payload: { advanceSeconds: ahead } });
  expect(res.statusCode).toBe(200);
  return t.app.recurringProcessor.runOnce();
}

export async function getCharge(t: TestApp, agreementId: string, chargeId: string, c: Caller = partnerCaller) {
  const res = await t.inject({ method: 'GET', url: `/recurring/v3/agreements/${agreementId}/charges/${chargeId}`, headers: await auth(t, c) });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A charge that has been attempted on its due date: CHARGED (DIRECT_CAPTURE) or RESERVED. */
export async function processedCharge(t: TestApp, transactionType: 'DIRECT_CAPTURE' | 'RESERVE_CAPTURE' = 'DIRECT_CAPTURE', c: Caller = partnerCaller) {
  const agreementId = await activeAgreement(t, {}, c);
  const due = dayAhead(t, 2);
  const chargeId = await createCharge(t, agreementId, { transactionType, due }, c);
  await processDay(t, due);
  return { agreementId, chargeId };
}

/** An agreement accepted with an initial charge, which is CHARGED (DIRECT_CAPTURE) or RESERVED at once: no clock move. */
export async function initialCharge(t: TestApp, transactionType: 'DIRECT_CAPTURE' | 'RESERVE_CAPTURE' = 'DIRECT_CAPTURE', c: Caller = partnerCaller) {
  const { agreementId, chargeId } = await createAgreement(t, { initialCharge: { amount: 10000, description: 'Start', transactionType } }, c);
  await accept(t, agreementId);
  return { agreementId, chargeId: chargeId! };
}

/** The payments world with Recurring allowed on both of Fjordkassa Platform's units. */
export const RECURRING_WORLD = {
  ...PAYMENTS_WORLD,
  salesUnits: (PAYMENTS_WORLD.salesUnits ?? []).map((u) => (u.msn === DEMO.units.partnerKafe ? { ...u, configuration: { ...u.configuration, recurringAllowed: true } } : u)),
} as World;
