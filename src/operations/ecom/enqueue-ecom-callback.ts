// When the payer acts on an eCom order (or it times out), its callback to the merchant is
// queued in the same transaction as the change: a crash cannot lose it. The body is fixed
// now, as the order was; the authToken stays sealed on the payment until it is sent.
import { shippingDetailsOf, sharesUserDetails, userDetailsOf } from '../../domain/ecom/views.js';
import { callbackStatusOf, refusalErrorOf, transactionIdOf } from '../../domain/ecom/words.js';
import type { CardRefusal } from '../../domain/payments/card-refusal.js';
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import type { Tx } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';

export const ECOM_CALLBACK_TOPIC = 'ecom-callback';

export interface EcomCallbackMessage {
  paymentId: string;
  url: string;
  body: Record<string, unknown>;
}

export async function enqueueEcomCallback(o: { tx: Tx; payment: Payment; event: PaymentEvent; refusal?: CardRefusal; now: number }): Promise<void> {
  const { payment: p, event } = o;
  if (!p.ecom) return;
  const status = callbackStatusOf(event.name, p.ecom, event.success);
  if (!status) return;
  const body: Record<string, unknown> = {
    merchantSerialNumber: p.msn,
    orderId: p.reference,
    transactionInfo: { amount: event.amount, status, timeStamp: new Date(event.createdAt).toISOString(), transactionId: transactionIdOf(event.pspReference) },
  };
  if (o.refusal) body.errorInfo = refusalErrorOf(o.refusal);
  const shipping = shippingDetailsOf(p);
  if (shipping) body.shippingDetails = shipping;
  if (event.name === 'AUTHORIZED' && event.success && p.payerPhone && sharesUserDetails(p)) {
    const user = await findVippsUserByPhone(o.tx, p.payerPhone);
    if (user) body.userDetails = userDetailsOf(user, p.msn);
  }
  const message: EcomCallbackMessage = { paymentId: p.id, url: `${p.ecom.callbackPrefix}/v2/payments/${encodeURIComponent(p.reference)}`, body };
  // One order's callbacks go out in turn; other orders' (and merchants') do not wait for them.
  await enqueueOutbox(o.tx, o.now, [{ topic: ECOM_CALLBACK_TOPIC, orderingKey: `ecom:${p.id}`, payload: message, receiver: receiverOfUrl(message.url) }]);
}
