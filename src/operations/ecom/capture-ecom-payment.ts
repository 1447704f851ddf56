// Captures part or all of a reserved eCom order, as often as something is left.
import { planEcomCapture } from '../../domain/ecom/money-rules.js';
import { capturable } from '../../domain/payments/money-rules.js';
import { addCapturedRow } from '../../store/payments-repo.js';
import { adjustEcomPayment, type EcomAdjustOptions } from './adjust-ecom-payment.js';

export function captureEcomPayment(o: EcomAdjustOptions & { amount: number | null | undefined }) {
  return adjustEcomPayment(o, {
    action: 'capture',
    status: 'Captured',
    body: { amount: o.amount || null, transactionText: o.transactionText },
    plan: (p) => {
      const amount = planEcomCapture(p, o.amount, o.now);
      return { amount, partial: amount < capturable(p) };
    },
    apply: (tx, p, amount) => addCapturedRow(tx, { id: p.id, value: amount, now: o.now }),
    event: (_b, _a, amount) => ({ name: 'CAPTURED', amount }),
  });
}
