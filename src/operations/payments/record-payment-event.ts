// Appends an event to a payment's log and, in the same transaction, publishes its webhook
// event. A crash cannot separate the change from its notifications.
import type { CardRefusal } from '../../domain/payments/card-refusal.js';
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import { webhookPayload } from '../../domain/payments/payment-views.js';
import { eventTypeOf } from '../../domain/webhooks/event-types.js';
import type { Tx } from '../../store/db.js';
import { insertPaymentEvent } from '../../store/payment-events-repo.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import { publishWebhookEvent } from '../webhooks/publish-webhook-event.js';
import { enqueueEcomCallback } from '../ecom/enqueue-ecom-callback.js';


export interface RecordPaymentEventOptions {
  tx: Tx;
  payment: Payment;
  name: string;
  amount: number;
  pspReference: string;
  idempotencyKey: string | null;
  now: number;
  /** The unit's partner, when the caller knows it already (saves a query). */
  partnerId?: string | null;
  /** A failed attempt (the payer's card refused): logged, but no webhook announces it. */
  refusal?: CardRefusal;
}

export async function recordPaymentEvent(o: RecordPaymentEventOptions): Promise<PaymentEvent> {
  const { tx, payment, now } = o;
  const event: PaymentEvent = {
    eventId: timeOrderedId(),
    paymentId: payment.id,
    name: o.name,
    pspReference: o.pspReference,
    currency: payment.currency,
    amount: o.amount,
    success: o.refusal === undefined,
    idempotencyKey: o.idempotencyKey,
    createdAt: now,
  };
  await insertPaymentEvent(tx, event);
  // An eCom order also tells the merchant's callbackPrefix, whichever way the payer acted.
  if (payment.ecom) await enqueueEcomCallback({ tx, payment, event, refusal: o.refusal, now });

  const type = eventTypeOf(o.name);
  // Webhook events say what happened to the payment; a refused card changed nothing.
  if (!type || !event.success) return event;
  await publishWebhookEvent({
    tx,
    msn: payment.msn,
    partnerId: o.partnerId,
    eventType: type,
    eventId: event.eventId,
    reference: payment.reference,
    paymentId: payment.id,
    body: webhookPayload(event, payment),
    now,
  });
  return event;
}
