// Writes one webhook delivery (and its outbox message) for every webhook listening to an
// event at a sales unit, in the caller's transaction: a crash cannot separate a change
// from its notifications. Every API family (ePayment, Recurring, eCom, ...) publishes its
// events through here; a family adds event types, not plumbing.
import type { Tx } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { findUnitFacts } from '../../store/units-repo.js';
import { insertDeliveries } from '../../store/webhook-deliveries-repo.js';
import { listWebhooksForUnit } from '../../store/webhooks-repo.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';

export const WEBHOOK_TOPIC = 'webhook';

export interface PublishWebhookEventOptions {
  tx: Tx;
  /** The sales unit the event happened at. */
  msn: string;
  /** The unit's partner, when the caller knows it already (saves a query). */
  partnerId?: string | null;
  /** A documented event type, e.g. `epayments.payment.captured.v1`. */
  eventType: string;
  eventId: string;
  /** The object the event is about (payment reference, agreement id, order id). */
  reference: string;
  /** The payment row it is about, when there is one. */
  paymentId?: string | null;
  /** The JSON body the receiver gets. */
  body: unknown;
  /**
   * Deliveries with the same key (per webhook) reach the receiver in order; defaults to
   * the reference, so one object's events arrive in the order they happened.
   */
  orderingKey?: string;
  now: number;
}

/** Returns how many deliveries were queued. */
export async function publishWebhookEvent(o: PublishWebhookEventOptions): Promise<number> {
  const { tx, ...event } = o;
  return publishWebhookEvents(tx, [event]);
}

/**
 * Publishes many events in `tx`, looking up each unit's partner and listening webhooks
 * once (work on many charges at once publishes one event per charge).
 */
export async function publishWebhookEvents(tx: Tx, events: Omit<PublishWebhookEventOptions, 'tx'>[]): Promise<number> {
  const hooksOf = new Map<string, Awaited<ReturnType<typeof listWebhooksForUnit>>>();
  const deliveries: Parameters<typeof insertDeliveries>[1] = [];
  const messages: Parameters<typeof enqueueOutbox>[2] = [];
  for (const o of events) {
    const cacheKey = `${o.msn}\u0000${o.partnerId === undefined ? '?' : (o.partnerId ?? '')}`;
    let unitHooks = hooksOf.get(cacheKey);
    if (!unitHooks) {
      const partnerId = o.partnerId !== undefined ? o.partnerId : ((await findUnitFacts(tx, o.msn))?.partnerId ?? null);
      hooksOf.set(cacheKey, (unitHooks = await listWebhooksForUnit(tx, o.msn, partnerId)));
    }
    const hooks = unitHooks.filter((h) => h.events.includes(o.eventType));
    if (!hooks.length) continue;
    const body = JSON.stringify(o.body);
    // One ordering key per webhook and object: a receiver gets an object's events in order,
    // and one that keeps failing holds back only its own later events of that object.
    const key = o.orderingKey ?? o.paymentId ?? o.reference;
    for (const h of hooks) {
      const d = {
        id: timeOrderedId(),
        webhook_id: h.id,
        event_id: o.eventId,
        event_type: o.eventType,
        msn: o.msn,
        reference: o.reference,
        payment_id: o.paymentId ?? null,
        url: h.url,
        body,
        status: 'pending',
        attempts: 0,
        last_status: null,
        last_error: null,
        created_at: o.now,
        delivered_at: null,
      };
      deliveries.push(d);
      const receiver = receiverOfUrl(d.url);
    messages.push({ topic: WEBHOOK_TOPIC, orderingKey: `${d.webhook_id}:${key}`, payload: { deliveryId: d.id, receiver }, receiver });
    }
  }
  if (!deliveries.length) return 0;
  await insertDeliveries(tx, deliveries);
  await enqueueOutbox(tx, events[0]!.now, messages);
  return deliveries.length;
}
