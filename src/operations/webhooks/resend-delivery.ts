// Sends a webhook delivery again, as the partner asks after fixing their receiver: a new
// delivery of the same event (same eventId and body, so a receiver that keeps eventIds sees
// a repeat), to the webhook's current URL, through the outbox.
import { notFound } from '../../domain/errors.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import type { Db } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { findDelivery, insertDeliveries } from '../../store/webhook-deliveries-repo.js';
import { findWebhook } from '../../store/webhooks-repo.js';
import { WEBHOOK_TOPIC } from './publish-webhook-event.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';

export interface ResendDeliveryOptions {
  db: Db;
  deliveryId: string;
  now: number;
}

export async function resendDelivery(o: ResendDeliveryOptions): Promise<{ id: string; resentFrom: string; url: string }> {
  return o.db.transaction().execute(async (tx) => {
    const d = /^[0-9a-f-]{36}$/i.test(o.deliveryId) ? await findDelivery(tx, o.deliveryId.toLowerCase()) : undefined;
    if (!d) throw notFound(`There is no webhook delivery ${o.deliveryId}. GET /_sim/webhooks/deliveries lists them.`);
    const hook = await findWebhook(tx, d.webhook_id);
    if (!hook || hook.deletedAt !== null) throw notFound(`The webhook of delivery ${d.id} has been deleted; register it again to receive events.`);
    const id = timeOrderedId();
    await insertDeliveries(tx, [
      { ...d, id, url: hook.url, status: 'pending', attempts: 0, last_status: null, last_error: null, created_at: o.now, delivered_at: null },
    ]);
    const receiver = receiverOfUrl(hook.url);
    await enqueueOutbox(tx, o.now, [{ topic: WEBHOOK_TOPIC, orderingKey: `${d.webhook_id}:resend:${id}`, payload: { deliveryId: id, receiver }, receiver }]);
    return { id, resentFrom: d.id, url: hook.url };
  });
}
