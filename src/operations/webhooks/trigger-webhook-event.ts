// Fires a documented webhook event for a payment on the simulation's word, whatever state
// the payment is in, so a partner can test how their receiver handles it. The payment and
// its event log do not change: only the webhooks listening at its sales unit hear of it,
// signed and delivered as any other event.
import { invalid } from '../../domain/errors.js';
import type { PaymentEvent } from '../../domain/payments/payment.js';
import { webhookPayload } from '../../domain/payments/payment-views.js';
import { PAYMENT_EVENT_NAMES } from '../../domain/payments/states.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import { EPAYMENT_EVENT_TYPES, WEBHOOK_EVENT_TYPES } from '../../domain/webhooks/event-types.js';
import type { Db } from '../../store/db.js';
import { requirePayment } from '../payments/find-payment.js';
import { publishWebhookEvent } from './publish-webhook-event.js';

export interface TriggerWebhookEventOptions {
  db: Db;
  msn: string;
  reference: string;
  eventType: string;
  now: number;
}

export async function triggerWebhookEvent(o: TriggerWebhookEventOptions): Promise<{ eventId: string; deliveries: number }> {
  const name = PAYMENT_EVENT_NAMES.find((n) => EPAYMENT_EVENT_TYPES[n] === o.eventType);
  if (!name) {
    const known = WEBHOOK_EVENT_TYPES.includes(o.eventType);
    throw invalid(
      known
        ? `${o.eventType} is documented, but vpp fires it only from its own API's objects; for a payment, fire one of ${Object.values(EPAYMENT_EVENT_TYPES).join(', ')}.`
        : `${o.eventType} is not a documented webhook event type. For a payment use one of ${Object.values(EPAYMENT_EVENT_TYPES).join(', ')}.`,
      [{ name: 'eventType', reason: known ? 'cannot be fired for a payment' : 'is not a documented event type' }],
    );
  }
  return o.db.transaction().execute(async (tx) => {
    const payment = await requirePayment({ tx, msn: o.msn, reference: o.reference, now: o.now });
    const event: PaymentEvent = {
      eventId: timeOrderedId(),
      paymentId: payment.id,
      name,
      pspReference: payment.pspReference,
      currency: payment.currency,
      amount: payment.amount,
      success: true,
      idempotencyKey: null,
      createdAt: o.now,
    };
    const deliveries = await publishWebhookEvent({
      tx,
      msn: payment.msn,
      eventType: o.eventType,
      eventId: event.eventId,
      reference: payment.reference,
      paymentId: payment.id,
      body: webhookPayload(event, payment),
      now: o.now,
    });
    return { eventId: event.eventId, deliveries };
  });
}
