// A payment request reaches the payer's simulated app. A payer whose behaviour is set to
// approve or reject (in the world file, or through the simulation API) answers on their
// own, a moment later, as the outbox delivers the notice; `ask` waits for someone to act,
// `never-answer` lets the payment expire.
import type { Payment } from '../../domain/payments/payment.js';
import type { Tx } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';

export const PAYER_APP_TOPIC = 'payer-app';

export interface PayerAppNotice {
  paymentId: string;
  decision: 'approve' | 'reject';
  phone: string;
}

/** In the creating transaction. */
export async function notifyPayerApp(o: { tx: Tx; payment: Payment; now: number }): Promise<void> {
  const phone = o.payment.customerPhone;
  if (!phone) return;
  const user = await findVippsUserByPhone(o.tx, phone);
  if (user?.behaviour !== 'approve' && user?.behaviour !== 'reject') return;
  const notice: PayerAppNotice = { paymentId: o.payment.id, decision: user.behaviour, phone };
  await enqueueOutbox(o.tx, o.now, [{ topic: PAYER_APP_TOPIC, orderingKey: o.payment.id, payload: notice }]);
}
