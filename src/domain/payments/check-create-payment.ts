// The create-payment rules that a JSON schema cannot express: which userFlow needs what,
// amount limits, URL schemes, long-living payments, card payments. Returns the request
// as the platform stores it, or throws one validation error listing every problem.
import type { Mode } from '../mode.js';
import { invalid, type FieldProblem } from '../errors.js';
import { checkMsisdn } from '../identifiers.js';
import { checkPayerUrl } from './check-url.js';
import { defaultExpiry, parseExpiresAt } from './expiry.js';
import type { Money, UserFlow } from './states.js';

export const MIN_AMOUNT = 100; // 1.00 in the currency's minor units
export const MAX_AMOUNT = 65_000_000;
export const PROFILE_SCOPES = ['name', 'address', 'email', 'phoneNumber', 'birthDate', 'nin'] as const;

export interface CreatePaymentInput {
  amount: Money;
  customer?: { phoneNumber?: string; personalQr?: string; customerToken?: string };
  customerInteraction?: string;
  industryData?: unknown;
  paymentMethod: { type: string };
  profile?: { scope?: string };
  reference: string;
  returnUrl?: string;
  userFlow: UserFlow;
  expiresAt?: string | null;
  qrFormat?: { format: string; size?: number | null } | null;
  paymentDescription?: string;
  receipt?: unknown;
  metadata?: Record<string, string> | null;
  receiptUrl?: string | null;
}

export interface CheckedPayment {
  input: CreatePaymentInput;
  /** The phone number of the payer the merchant named, when known. */
  customerPhone: string | null;
  expiresAt: number;
  longLiving: boolean;
  profileScope: string | null;
}

/** The phone number inside a personal QR code's content (its last path segment), if any. */
export function phoneOfPersonalQr(content: string): string | null {
  const m = /(?:^|\/)(\d{10,15})(?:[?#].*)?$/.exec(content.trim());
  return m && !checkMsisdn(m[1]!) ? m[1]! : null;
}

export function checkCreatePayment(input: CreatePaymentInput, opts: { now: number; mode: Mode }): CheckedPayment {
  const problems: FieldProblem[] = [];
  const add = (name: string, reason: string) => problems.push({ name, reason });
  const { amount, userFlow } = input;

  if (amount.value < MIN_AMOUNT) add('amount.value', `must be at least ${MIN_AMOUNT} (1.00 ${amount.currency}); amounts are in minor units`);
  if (amount.value > MAX_AMOUNT) add('amount.value', `must be at most ${MAX_AMOUNT}`);

  let customerPhone: string | null = null;
  const c = input.customer;
  if (c) {
    const given = (['phoneNumber', 'personalQr', 'customerToken'] as const).filter((k) => c[k] !== undefined);
    if (given.length === 0) add('customer', 'must have one of phoneNumber, personalQr or customerToken');
    if (given.length > 1) add('customer', `must have only one of phoneNumber, personalQr or customerToken, not ${given.join(' and ')}`);
    if (c.phoneNumber !== undefined) {
      const why = checkMsisdn(c.phoneNumber);
      if (why) add('customer.phoneNumber', why);
      else customerPhone = c.phoneNumber;
    }
    if (c.personalQr !== undefined) customerPhone = phoneOfPersonalQr(c.personalQr);
  }

  if (userFlow === 'PUSH_MESSAGE' && !c) add('customer', 'is required when userFlow is PUSH_MESSAGE: name the payer (customer.phoneNumber)');
  if (userFlow === 'WEB_REDIRECT' && !input.returnUrl) add('returnUrl', 'is required when userFlow is WEB_REDIRECT');
  if (input.returnUrl !== undefined) {
    const why = checkPayerUrl(input.returnUrl);
    if (why) add('returnUrl', why);
  }
  if (input.receiptUrl) {
    const why = checkPayerUrl(input.receiptUrl);
    if (why) add('receiptUrl', why);
  }

  if (input.paymentMethod.type === 'CARD') {
    if (opts.mode === 'test') add('paymentMethod.type', 'CARD is not available in the test environment; use WALLET');
    if (userFlow !== 'WEB_REDIRECT') add('userFlow', 'must be WEB_REDIRECT when paymentMethod.type is CARD');
    if (input.receipt !== undefined) add('receipt', 'is only applicable to WALLET payments');
  }

  if (input.qrFormat && userFlow !== 'QR') add('qrFormat', 'is only applicable when userFlow is QR');

  let expiresAt = defaultExpiry(opts.now);
  const longLiving = input.expiresAt !== undefined && input.expiresAt !== null;
  if (longLiving) {
    if (userFlow !== 'PUSH_MESSAGE' && userFlow !== 'QR') add('expiresAt', `cannot be set for userFlow ${userFlow}: only for PUSH_MESSAGE or QR`);
    if (input.paymentMethod.type === 'CARD') add('expiresAt', 'is only available for WALLET payments');
    if (input.receipt === undefined) add('receipt', 'is required when expiresAt is set (a long-living payment needs its order lines)');
    const parsed = parseExpiresAt(input.expiresAt!, opts.now);
    if ('problem' in parsed) add('expiresAt', parsed.problem);
    else expiresAt = parsed.at;
  }

  let profileScope: string | null = null;
  if (input.profile?.scope !== undefined) {
    const words = input.profile.scope.split(' ').filter(Boolean);
    const bad = words.filter((w) => !(PROFILE_SCOPES as readonly string[]).includes(w));
    if (bad.length) add('profile.scope', `has unknown scope ${bad.map((b) => JSON.stringify(b)).join(', ')}; use a space-separated list of ${PROFILE_SCOPES.join(', ')}`);
    else if (words.length) profileScope = [...new Set(words)].join(' ');
  }

  if (problems.length) {
    throw invalid(`The payment request has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  }
  return { input, customerPhone, expiresAt, longLiving, profileScope };
}
