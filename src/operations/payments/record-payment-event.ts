// Appends an event to a payment's log and, in the same transaction, writes one webhook
// delivery (and its outbox message) for every webhook listening to that event at the
// payment's sales unit. A crash cannot separate the change from its notifications.
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import { webhookPayload } from '../../domain/payments/payment-views.js';
import { eventTypeOf } from '../../domain/webhooks/event-types.js';
import type { Tx } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { insertPaymentEvent } from '../../store/payment-events-repo.js';
import { findUnitFacts } from '../../store/unit-facts-repo.js';
import { insertDeliveries } from '../../store/webhook-deliveries-repo.js';
import { listWebhooksForUnit } from '../../store/webhooks-repo.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';

export const WEBHOOK_TOPIC = 'webhook';

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

  const type = eventTypeOf(o.name);
  if (!type) return event;
  const partnerId = o.partnerId !== undefined ? o.partnerId : ((await findUnitFacts(tx, payment.msn))?.partnerId ?? null);
  const hooks = (await listWebhooksForUnit(tx, payment.msn, partnerId)).filter((h) => h.events.includes(type));
  if (!hooks.length) return event;

  const body = JSON.stringify(webhookPayload(event, payment));
  const deliveries = hooks.map((h) => ({
    id: timeOrderedId(),
    webhook_id: h.id,
    event_id: event.eventId,
    event_type: type,
    msn: payment.msn,
    reference: payment.reference,
    payment_id: payment.id,
    url: h.url,
    body,
    status: 'pending',
    attempts: 0,
    last_status: null,
    last_error: null,
    created_at: now,
    delivered_at: null,
  }));
  await insertDeliveries(tx, deliveries);
  // One ordering key per webhook and payment: a receiver gets a payment's events in order,
  // and one that keeps failing holds back only its own later events of that payment.
  await enqueueOutbox(
    tx,
    now,
    deliveries.map((d) => ({ topic: WEBHOOK_TOPIC, orderingKey: `${d.webhook_id}:${payment.id}`, payload: { deliveryId: d.id } })),
  );
  return event;
}
