// Refunds part or all of what was captured of an eCom order.
import { planEcomRefund } from '../../domain/ecom/money-rules.js';
import { refundable } from '../../domain/payments/money-rules.js';
import { addRefundedRow } from '../../store/payments-repo.js';
import { adjustEcomPayment, type EcomAdjustOptions } from './adjust-ecom-payment.js';

export function refundEcomPayment(o: EcomAdjustOptions & { amount: number | null | undefined }) {
  return adjustEcomPayment(o, {
    action: 'refund',
    status: 'Refund',
    body: { amount: o.amount || null, transactionText: o.transactionText },
    plan: (p) => {
      const amount = planEcomRefund(p, o.amount, o.now);
      return { amount, partial: amount < refundable(p) };
    },
    apply: (tx, p, amount) => addRefundedRow(tx, { id: p.id, value: amount, now: o.now }),
    event: (_b, _a, amount) => ({ name: 'REFUNDED', amount }),
  });
}
