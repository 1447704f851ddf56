// Refunds part or all of what was captured.
import { checkRefund } from '../../domain/payments/money-rules.js';
import type { Money } from '../../domain/payments/states.js';
import { addRefundedRow } from '../../store/payments-repo.js';
import { adjustPayment, type AdjustOptions } from './adjust-payment.js';

export function refundPayment(o: AdjustOptions & { amount: Money }) {
  return adjustPayment(o, {
    action: 'refund',
    body: { modificationAmount: o.amount },
    check: (p) => checkRefund(p, o.amount, o.now),
    apply: (tx, p) => addRefundedRow(tx, { id: p.id, value: o.amount.value, now: o.now }),
    event: () => ({ name: 'REFUNDED', amount: o.amount.value, ownPspReference: true }),
  });
}
