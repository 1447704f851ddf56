// eCom's answers to the shared money rules: the same limits as ePayment (so both faces of
// a payment agree), reported with the error codes of eCom's table.
import type { Payment } from '../payments/payment.js';
import { CANCEL_PERIOD_MS, CAPTURE_PERIOD_MS, REFUND_PERIOD_MS, capturable, refundable } from '../payments/money-rules.js';
import { ecomError } from './errors.js';

const bad = (group: 'Payment' | 'VippsError', code: string, message: string) => ecomError('validation', group, code, message);
const ended = (p: Payment) => p.state === 'ABORTED' || p.state === 'EXPIRED' || p.state === 'TERMINATED';
const older = (p: Payment, now: number, ms: number) => p.authorizedAt !== null && now - p.authorizedAt > ms;

/** The amount a capture moves (all that is left when none is given), or throws why not. */
export function planEcomCapture(p: Payment, asked: number | null | undefined, now: number): number {
  if (p.state === 'CREATED') throw bad('Payment', '62', `The amount you tried to capture is not reserved: the payer has not approved order ${p.reference} yet.`);
  if (ended(p) || p.cancelled > 0) throw bad('VippsError', '91', `The transaction is not allowed: order ${p.reference} is cancelled, so nothing can be captured.`);
  if (older(p, now, CAPTURE_PERIOD_MS)) throw bad('Payment', '98', `Payments can only be captured up to 180 days after reservation; ${p.reference} was reserved ${new Date(p.authorizedAt!).toISOString()}.`);
  const left = capturable(p);
  const amount = asked ? asked : left;
  if (amount > left || amount === 0) {
    throw bad('Payment', '61', `The total capture amount exceeds the reserved amount: of ${p.authorized} øre reserved, ${p.captured} is captured, so at most ${left} can still be captured.`);
  }
  return amount;
}

/** The amount a refund moves (all that is refundable when none is given), or throws why not. */
export function planEcomRefund(p: Payment, asked: number | null | undefined, now: number): number {
  if (p.captured === 0) {
    if (p.state === 'CREATED' || (p.state === 'AUTHORIZED' && p.cancelled === 0)) {
      throw bad('Payment', '72', `Cannot refund a reserved order: nothing of ${p.reference} is captured. Cancel it instead.`);
    }
    throw bad('Payment', '73', `Cannot refund a cancelled order: ${p.reference} was cancelled before anything was captured.`);
  }
  if (older(p, now, REFUND_PERIOD_MS)) throw bad('Payment', '95', `Payments can only be refunded up to 365 days after reservation; ${p.reference} was reserved ${new Date(p.authorizedAt!).toISOString()}.`);
  const left = refundable(p);
  const amount = asked ? asked : left;
  if (amount > left || amount === 0) {
    throw bad('Payment', '71', `Cannot refund a higher amount than the captured amount: of ${p.captured} øre captured, ${p.refunded} is refunded, so at most ${left} can still be refunded.`);
  }
  return amount;
}

export type EcomCancelPlan = { kind: 'terminate' } | { kind: 'release' };

/** What a cancel does: end a payment not yet approved, or release what is not captured. */
export function planEcomCancel(p: Payment, releaseRemaining: boolean, now: number): EcomCancelPlan {
  if (p.state === 'CREATED') return { kind: 'terminate' };
  if (p.state === 'TERMINATED' || p.cancelled > 0) throw bad('VippsError', '92', `The transaction has already been processed: order ${p.reference} is cancelled already.`);
  if (ended(p)) throw bad('Payment', '52', `Cancellation failed: order ${p.reference} was never reserved (the payer rejected it or did not act in time).`);
  if (p.captured > 0 && (!releaseRemaining || p.captured >= p.authorized)) {
    throw bad(
      'Payment',
      '51',
      p.captured >= p.authorized
        ? `Cannot cancel order ${p.reference}: it is captured in full. Refund it instead.`
        : `Cannot cancel order ${p.reference}: part of it is captured. Send shouldReleaseRemainingFunds: true to release the rest, or refund.`,
    );
  }
  if (older(p, now, CANCEL_PERIOD_MS)) throw bad('Payment', '52', `Payments can only be cancelled up to 180 days after reservation; ${p.reference} was reserved ${new Date(p.authorizedAt!).toISOString()}.`);
  return { kind: 'release' };
}
