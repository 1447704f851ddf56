// The money rules of Recurring charges, in integer minor units. The store's conditional
// UPDATEs repeat them in their WHERE clauses, so concurrent calls cannot break them.
import { conflict, invalid } from '../errors.js';
import type { Agreement } from './agreement.js';
import type { Charge, ChargeStatus, FailureReason, TransactionType } from './charge.js';
import { nextAttemptAfter } from './due-dates.js';
import type { CardOutcome } from '../payers/vipps-user.js';

/** LEGACY pricing: a charge may be at most this many times the agreement's price. */
export const LEGACY_LIMIT_FACTOR = 5;

/** The most a RECURRING or UNSCHEDULED charge on this agreement may be. */
export function chargeLimit(a: Pick<Agreement, 'pricingType' | 'amount' | 'suggestedMaxAmount' | 'maxAmount'>): number {
  if (a.pricingType === 'VARIABLE') return Math.max(a.suggestedMaxAmount ?? 0, a.maxAmount ?? 0);
  return LEGACY_LIMIT_FACTOR * (a.amount ?? 0);
}

export function checkChargeAmount(a: Agreement, amount: number): void {
  const limit = chargeLimit(a);
  if (amount > limit) {
    const why =
      a.pricingType === 'VARIABLE'
        ? `the higher of the agreement's suggestedMaxAmount (${a.suggestedMaxAmount}) and the payer's maxAmount (${a.maxAmount ?? 'not chosen'})`
        : `${LEGACY_LIMIT_FACTOR} times the agreement's price of ${a.amount}`;
    throw invalid(`The charge amount ${amount} is above ${limit}, ${why}. Charge less, or raise the agreement's price with PATCH /recurring/v3/agreements/${a.id}.`, [
      { name: 'amount', reason: `must be at most ${limit}` },
    ]);
  }
}

export function checkAgreementTakesCharges(a: Agreement): void {
  if (a.status !== 'ACTIVE') {
    throw invalid(`Agreement ${a.id} is ${a.status}; charges can only be created on ACTIVE agreements.`, [{ name: 'agreementId', reason: `agreement is ${a.status}` }], 'Agreement not active');
  }
}

const CAPTURABLE: ChargeStatus[] = ['RESERVED', 'PARTIALLY_CAPTURED'];
const REFUNDABLE: ChargeStatus[] = ['CHARGED', 'PARTIALLY_REFUNDED'];
export const CANCELLABLE: ChargeStatus[] = ['PENDING', 'DUE', 'RESERVED', 'PARTIALLY_CAPTURED'];

/** Capture: only a reserved charge, never more than is still reserved. */
export function checkCapture(c: Charge, amount: number): void {
  if (c.transactionType !== 'RESERVE_CAPTURE') {
    throw conflict(`Charge ${c.id} is DIRECT_CAPTURE and was captured when it was charged; only RESERVE_CAPTURE charges can be captured.`, 'Charge cannot be captured');
  }
  if (!CAPTURABLE.includes(c.status)) {
    throw conflict(`Charge ${c.id} is ${c.status}; only RESERVED or PARTIALLY_CAPTURED charges can be captured.`, 'Charge cannot be captured');
  }
  const left = c.reserved - c.captured - c.cancelled;
  if (amount > left) {
    throw invalid(`Capturing ${amount} would exceed the reserved amount: ${left} of ${c.reserved} is left to capture.`, [{ name: 'amount', reason: `must be at most ${left}` }], 'Amount too high');
  }
}

/** Refund: never more than has been captured and not yet refunded. */
export function checkRefund(c: Charge, amount: number): void {
  if (!REFUNDABLE.includes(c.status)) {
    throw conflict(`Charge ${c.id} is ${c.status}; only charged or captured charges can be refunded.`, 'Charge cannot be refunded');
  }
  const left = c.captured - c.refunded;
  if (amount > left) {
    throw invalid(`Refunding ${amount} would exceed what was captured: ${left} of ${c.captured} is left to refund.`, [{ name: 'amount', reason: `must be at most ${left}` }], 'Amount too high');
  }
}

/**
 * When a cancel takes effect: now, or (a PROCESSING charge) when its attempt ends, which
 * the API answers 202 Accepted ("accepted, not yet enacted"). Other charges refuse it.
 */
export function checkCancel(c: Pick<Charge, 'id' | 'status'>): 'now' | 'when-processed' {
  if (c.status === 'PROCESSING') return 'when-processed';
  if (CANCELLABLE.includes(c.status)) return 'now';
  throw conflict(
    `Charge ${c.id} is ${c.status}; only PENDING, DUE, PROCESSING, RESERVED or PARTIALLY_CAPTURED charges can be cancelled. A CHARGED charge can be refunded instead.`,
    'Charge cannot be cancelled',
  );
}

/** The status after money moved: captured all that was reserved, or refunded all that was captured. */
export function statusAfterCapture(c: Pick<Charge, 'reserved' | 'captured' | 'cancelled'>): ChargeStatus {
  return c.captured + c.cancelled >= c.reserved ? 'CHARGED' : 'PARTIALLY_CAPTURED';
}
export function statusAfterRefund(c: Pick<Charge, 'captured' | 'refunded'>): ChargeStatus {
  return c.refunded >= c.captured ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
}

/** What happens when the payer's card is charged: money moves, or why it did not. */
export type AttemptOutcome = { ok: true } | { ok: false; reason: FailureReason; description: string };

export function attemptOutcome(o: {
  amount: number;
  cardOutcome: CardOutcome;
  /** Money on the card; null is unlimited. */
  cardBalance: number | null;
  /** VARIABLE pricing: the payer's max amount; null for LEGACY. */
  maxAmount: number | null;
}): AttemptOutcome {
  if (o.maxAmount !== null && o.amount > o.maxAmount) return { ok: false, reason: 'charge_amount_too_high', description: 'Amount is higher than the max amount the user chose' };
  switch (o.cardOutcome) {
    case 'insufficient_funds':
      return { ok: false, reason: 'user_action_required', description: 'Insufficient funds on the card' };
    case 'card_expired':
      return { ok: false, reason: 'user_action_required', description: 'The card has expired' };
    case 'card_blocked':
      return { ok: false, reason: 'user_action_required', description: 'The card is blocked' };
    case 'profile_deleted':
      return { ok: false, reason: 'non_technical_error', description: 'The user has deleted their profile' };
    case 'technical_error':
      return { ok: false, reason: 'technical_error', description: 'Technical error while charging' };
    case 'ok':
      break;
  }
  if (o.cardBalance !== null && o.cardBalance < o.amount) return { ok: false, reason: 'user_action_required', description: 'Insufficient funds on the card' };
  return { ok: true };
}

/** Where one attempt leaves a charge, and the event it logs (none while a retry waits). */
export type AttemptSettlement =
  | { status: 'CHARGED' | 'RESERVED'; event: 'CAPTURE' | 'RESERVE'; nextAttemptAt: null; failureReason: null; failureDescription: null }
  | { status: 'DUE'; event: null; nextAttemptAt: number; failureReason: FailureReason; failureDescription: string }
  | { status: 'FAILED'; event: 'FAIL'; nextAttemptAt: null; failureReason: FailureReason; failureDescription: string }
  | { status: 'CANCELLED'; event: 'CANCEL'; nextAttemptAt: null; failureReason: null; failureDescription: null };

/**
 * Money moved: CHARGED (direct capture) or RESERVED. It did not: tomorrow's retry while the
 * charge's retry days last, else FAILED.
 */
export function settleAttempt(c: { transactionType: TransactionType; lastAttemptAt: number }, outcome: AttemptOutcome, now: number): AttemptSettlement {
  if (outcome.ok) {
    return c.transactionType === 'RESERVE_CAPTURE'
      ? { status: 'RESERVED', event: 'RESERVE', nextAttemptAt: null, failureReason: null, failureDescription: null }
      : { status: 'CHARGED', event: 'CAPTURE', nextAttemptAt: null, failureReason: null, failureDescription: null };
  }
  const retryAt = nextAttemptAfter(now);
  if (retryAt <= c.lastAttemptAt) return { status: 'DUE', event: null, nextAttemptAt: retryAt, failureReason: outcome.reason, failureDescription: outcome.description };
  return { status: 'FAILED', event: 'FAIL', nextAttemptAt: null, failureReason: outcome.reason, failureDescription: outcome.description };
}
