// Cancels a payment: before approval it ends as TERMINATED; after approval the amount not
// yet captured is released and the state stays AUTHORIZED.
import { planCancel } from '../../domain/payments/money-rules.js';
import { endPendingPaymentRow, releaseRemainingRow } from '../../store/payments-repo.js';
import { adjustPayment, type AdjustOptions } from './adjust-payment.js';

export function cancelPayment(o: AdjustOptions) {
  return adjustPayment(o, {
    action: 'cancel',
    body: null,
    check: (p) => void planCancel(p, o.now),
    apply: (tx, p) =>
      planCancel(p, o.now).kind === 'terminate'
        ? endPendingPaymentRow(tx, { id: p.id, now: o.now, state: 'TERMINATED' })
        : releaseRemainingRow(tx, { id: p.id, now: o.now }),
    event: (before, after) =>
      after.state === 'TERMINATED'
        ? { name: 'TERMINATED', amount: before.amount, ownPspReference: false }
        : { name: 'CANCELLED', amount: after.cancelled - before.cancelled, ownPspReference: true },
  });
}
