// Cancels an eCom order: before approval it ends (CANCEL in the log); after approval the
// reservation is released (VOID), after a partial capture only with shouldReleaseRemainingFunds.
import { planEcomCancel } from '../../domain/ecom/money-rules.js';
import { endPendingPaymentRow, releaseRemainingRow } from '../../store/payments-repo.js';
import { adjustEcomPayment, type EcomAdjustOptions } from './adjust-ecom-payment.js';

export function cancelEcomPayment(o: EcomAdjustOptions & { releaseRemaining: boolean }) {
  return adjustEcomPayment(o, {
    action: 'cancel',
    status: 'Cancelled',
    body: { releaseRemaining: o.releaseRemaining, transactionText: o.transactionText },
    plan: (p) => {
      planEcomCancel(p, o.releaseRemaining, o.now);
      return { amount: 0, partial: false };
    },
    apply: (tx, p) =>
      planEcomCancel(p, o.releaseRemaining, o.now).kind === 'terminate'
        ? endPendingPaymentRow(tx, { id: p.id, now: o.now, state: 'TERMINATED' })
        : releaseRemainingRow(tx, { id: p.id, now: o.now }),
    event: (before, after) =>
      after.state === 'TERMINATED' ? { name: 'TERMINATED', amount: before.amount } : { name: 'CANCELLED', amount: after.cancelled - before.cancelled },
  });
}
