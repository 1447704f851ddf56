// Webhook deliveries, newest first, and their attempts, for the inspector.
import type { Queryable } from '../../store/db.js';
import type { WebhookDeliveryRow } from '../../store/tables/webhooks.js';
import { listAttempts, listDeliveries, type Attempt, type DeliveryFilter } from '../../store/webhook-deliveries-repo.js';

export type Delivery = WebhookDeliveryRow;
export type DeliveryAttempt = Attempt;
export interface RecentDeliveries {
  deliveries: Delivery[];
  attempts: DeliveryAttempt[];
}

export async function listRecentDeliveries(o: { db: Queryable; filter: DeliveryFilter }): Promise<RecentDeliveries> {
  const deliveries = await listDeliveries(o.db, o.filter);
  return { deliveries, attempts: await listAttempts(o.db, deliveries.map((d) => d.id)) };
}
