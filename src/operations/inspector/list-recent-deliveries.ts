// Webhook deliveries, newest first, with their attempts and when each waiting one is next
// tried, for the inspector.
import type { Queryable } from '../../store/db.js';
import { nextDeliveryAttempts } from '../../store/outbox-repo.js';
import type { WebhookDeliveryRow } from '../../store/tables/webhooks.js';
import { listAttempts, listDeliveries, type Attempt, type DeliveryFilter } from '../../store/webhook-deliveries-repo.js';
import { WEBHOOK_TOPIC } from '../webhooks/publish-webhook-event.js';

export type Delivery = WebhookDeliveryRow;
export type DeliveryAttempt = Attempt;
export interface RecentDeliveries {
  deliveries: Delivery[];
  attempts: DeliveryAttempt[];
  /** Delivery id → platform time of its next attempt (pending deliveries only). */
  nextAttempts: Map<string, number>;
}

export async function listRecentDeliveries(o: { db: Queryable; filter: DeliveryFilter }): Promise<RecentDeliveries> {
  const deliveries = await listDeliveries(o.db, o.filter);
  const ids = deliveries.map((d) => d.id);
  const pending = deliveries.filter((d) => d.status === 'pending').map((d) => d.id);
  return { deliveries, attempts: await listAttempts(o.db, ids), nextAttempts: await nextDeliveryAttempts(o.db, WEBHOOK_TOPIC, pending) };
}
