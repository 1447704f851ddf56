// What may be captured, refunded and cancelled, in which state. Pure integer arithmetic on
// minor units; the repository's conditional UPDATEs enforce the same limits in SQL, so
// concurrent requests on several nodes can never move more than these rules allow.
import { conflict, invalid, VppError } from '../errors.js';
import type { Money, PaymentState } from './states.js';

const DAY_MS = 86_400_000;
/** Captures and cancellations are possible up to 180 days after the reservation. */
export const CAPTURE_PERIOD_MS = 180 * DAY_MS;
export const CANCEL_PERIOD_MS = 180 * DAY_MS;
/** Refunds are possible up to 365 days after the reservation. */
export const REFUND_PERIOD_MS = 365 * DAY_MS;

/** The money facts of one payment. */
export interface PaymentMoney {
  reference: string;
  state: PaymentState;
  currency: string;
  amount: number;
  authorized: number;
  captured: number;
  refunded: number;
  cancelled: number;
  authorizedAt: number | null;
}

export const capturable = (p: PaymentMoney) => (p.cancelled > 0 ? 0 : p.authorized - p.captured);
export const refundable = (p: PaymentMoney) => p.captured - p.refunded;

const withTitle = (err: VppError, title: string) => new VppError(err.kind, err.detail, { ...err.opts, title });

function checkAmount(p: PaymentMoney, amount: Money, verb: string): void {
  if (amount.currency !== p.currency) {
    throw invalid(
      `The payment ${p.reference} is in ${p.currency}; send modificationAmount.currency ${p.currency}, not ${amount.currency}.`,
      [{ name: 'modificationAmount.currency', reason: `must be ${p.currency}, the currency of the payment` }],
      'Invalid currency',
    );
  }
  if (!Number.isSafeInteger(amount.value) || amount.value <= 0) {
    throw invalid(
      `Nothing to ${verb}: modificationAmount.value must be a positive integer in minor units (100 is 1.00 ${p.currency}).`,
      [{ name: 'modificationAmount.value', reason: 'must be a positive integer in minor units' }],
      'Amount invalid',
    );
  }
}

function stateConflict(p: PaymentMoney, verb: string): VppError {
  return withTitle(
    conflict(`Reference ${p.reference} cannot be ${verb}. Invalid state: ${p.state}. Only an AUTHORIZED payment can be ${verb}.`),
    `Payment cannot be ${verb}`,
  );
}

function periodExpired(p: PaymentMoney, now: number, periodMs: number, what: string, title: string): void {
  if (p.authorizedAt !== null && now - p.authorizedAt > periodMs) {
    throw invalid(`Payments can only be ${what} within ${periodMs / DAY_MS} days of the reservation; ${p.reference} was reserved ${new Date(p.authorizedAt).toISOString()}.`, undefined, title);
  }
}

/** Throws unless `amount` may be captured now. */
export function checkCapture(p: PaymentMoney, amount: Money, now: number): void {
  checkAmount(p, amount, 'capture');
  if (p.state === 'CREATED') {
    throw withTitle(conflict(`The payment ${p.reference} is not reserved yet: the payer must approve it before it can be captured.`), 'Cannot capture before reservation');
  }
  if (p.state !== 'AUTHORIZED') throw stateConflict(p, 'captured');
  if (p.cancelled > 0) {
    throw withTitle(conflict(`The payment ${p.reference} has been cancelled, so its remaining amount can no longer be captured. Check the payment event log.`), 'Cannot capture a cancelled payment');
  }
  periodExpired(p, now, CAPTURE_PERIOD_MS, 'captured', 'Capture period expired');
  const left = capturable(p);
  if (amount.value > left) {
    throw invalid(
      `Cannot capture ${amount.value}: of the ${p.authorized} authorised, ${p.captured} is captured already, so at most ${left} ${p.currency} minor units can still be captured.`,
      [{ name: 'modificationAmount.value', reason: `must be at most ${left}` }],
      'Capture amount too high',
    );
  }
}

/** Throws unless `amount` may be refunded now. */
export function checkRefund(p: PaymentMoney, amount: Money, now: number): void {
  checkAmount(p, amount, 'refund');
  if (p.state === 'CREATED') {
    throw withTitle(conflict(`The payment ${p.reference} is not reserved yet, so there is nothing to refund.`), 'Attempted refund before reservation');
  }
  if (p.state !== 'AUTHORIZED') throw stateConflict(p, 'refunded');
  periodExpired(p, now, REFUND_PERIOD_MS, 'refunded', 'Refund period expired');
  if (p.captured === 0) {
    throw invalid(`Nothing of ${p.reference} has been captured, so nothing can be refunded. Capture first, or cancel the reservation instead.`, [{ name: 'modificationAmount.value', reason: 'must be at most 0' }], 'Not enough refundable');
  }
  if (p.refunded === p.captured) {
    throw invalid(`The captured amount of ${p.reference} (${p.captured}) has been refunded in full already.`, [{ name: 'modificationAmount.value', reason: 'must be at most 0' }], 'Payment already refunded');
  }
  const left = refundable(p);
  if (amount.value > left) {
    throw invalid(
      `Cannot refund ${amount.value}: of the ${p.captured} captured, ${p.refunded} is refunded already, so at most ${left} ${p.currency} minor units can still be refunded.`,
      [{ name: 'modificationAmount.value', reason: `must be at most ${left}` }],
      'Not enough refundable',
    );
  }
}

export type CancelPlan =
  /** Not yet approved: the payment ends as TERMINATED. */
  | { kind: 'terminate'; amount: number }
  /** Approved: the remaining uncaptured amount is released; the state stays AUTHORIZED. */
  | { kind: 'release'; amount: number };

/** What a cancel does to this payment now, or throws why it cannot. */
export function planCancel(p: PaymentMoney, now: number): CancelPlan {
  if (p.state === 'CREATED') return { kind: 'terminate', amount: p.amount };
  if (p.state !== 'AUTHORIZED') throw stateConflict(p, 'cancelled');
  if (p.cancelled > 0) {
    throw withTitle(conflict(`The payment ${p.reference} is cancelled already: its remaining ${p.cancelled} was released.`), 'Payment already cancelled');
  }
  if (p.captured >= p.authorized) {
    throw withTitle(conflict(`The payment ${p.reference} is captured in full, so there is nothing left to cancel. Use refund to give money back.`), 'Cannot cancel a captured payment');
  }
  periodExpired(p, now, CANCEL_PERIOD_MS, 'cancelled', 'Cancel period expired');
  return { kind: 'release', amount: p.authorized - p.captured };
}
