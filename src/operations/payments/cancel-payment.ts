// Cancels a payment: before approval it ends as TERMINATED; after approval the amount not
// yet captured is released and the state stays AUTHORIZED.
import { planCancel } from '../../domain/payments/money-rules.js';
import { VppError } from '../../domain/errors.js';
import { endPendingPaymentRow, releaseRemainingRow } from '../../store/payments-repo.js';
import { adjustPayment, type AdjustOptions } from './adjust-payment.js';

export interface CancelPaymentOptions extends AdjustOptions {
  /** Cancel only a payment not yet approved: an approved one keeps its reservation. */
  transactionOnly?: boolean;
}

export function cancelPayment(o: CancelPaymentOptions) {
  return adjustPayment(o, {
    action: 'cancel',
    body: o.transactionOnly ? { cancelTransactionOnly: true } : null,
    check: (p) => {
      const plan = planCancel(p, o.now);
      if (o.transactionOnly && plan.kind === 'release') {
        throw new VppError('conflict', `The payment ${p.reference} is approved (AUTHORIZED) and cancelTransactionOnly is set, so its reservation is kept. Cancel without cancelTransactionOnly to release it.`, {
          title: 'Payment cannot be cancelled',
        });
      }
    },
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
