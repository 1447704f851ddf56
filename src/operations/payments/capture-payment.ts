// Captures part or all of an authorised payment.
import { checkCapture } from '../../domain/payments/money-rules.js';
import type { Money } from '../../domain/payments/states.js';
import { addCapturedRow } from '../../store/payments-repo.js';
import { adjustPayment, type AdjustOptions } from './adjust-payment.js';

export function capturePayment(o: AdjustOptions & { amount: Money }) {
  return adjustPayment(o, {
    action: 'capture',
    body: { modificationAmount: o.amount },
    check: (p) => checkCapture(p, o.amount, o.now),
    apply: (tx, p) => addCapturedRow(tx, { id: p.id, value: o.amount.value, now: o.now }),
    event: () => ({ name: 'CAPTURED', amount: o.amount.value, ownPspReference: true }),
  });
}
