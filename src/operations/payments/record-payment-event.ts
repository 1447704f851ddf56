// Appends an event to a payment's log and, in the same transaction, publishes its webhook
// event. A crash cannot separate the change from its notifications.
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import { webhookPayload } from '../../domain/payments/payment-views.js';
import type { PaymentEventName } from '../../domain/payments/states.js';
import { eventTypeOf } from '../../domain/webhooks/event-types.js';
import type { Tx } from '../../store/db.js';
import { insertPaymentEvent } from '../../store/payment-events-repo.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import { publishWebhookEvent } from '../webhooks/publish-webhook-event.js';
import { enqueueEcomCallback } from '../ecom/enqueue-ecom-callback.js';


export interface RecordPaymentEventOptions {
  tx: Tx;
  payment: Payment;
  name: PaymentEventName;
  amount: number;
  pspReference: string;
  idempotencyKey: string | null;
  now: number;
  /** The unit's partner, when the caller knows it already (saves a query). */
  partnerId?: string | null;
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
    success: true,
    idempotencyKey: o.idempotencyKey,
    createdAt: now,
  };
  await insertPaymentEvent(tx, event);
  // An eCom order also tells the merchant's callbackPrefix, whichever way the payer acted.
  if (payment.ecom) await enqueueEcomCallback({ tx, payment, event, now });

  const type = eventTypeOf(o.name);
  if (!type) return event;
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
