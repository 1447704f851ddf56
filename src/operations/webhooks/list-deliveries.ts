// Webhook deliveries, newest first, each with its attempts: for the simulation API and the
// inspector.
import type { Queryable } from '../../store/db.js';
import { listAttempts, listDeliveries, type Attempt, type DeliveryFilter } from '../../store/webhook-deliveries-repo.js';
import type { WebhookDeliveryRow } from '../../store/tables/webhooks.js';

export type DeliveryWithAttempts = WebhookDeliveryRow & { attemptLog: Attempt[] };

export async function listDeliveriesWithAttempts(o: { db: Queryable; filter: DeliveryFilter }): Promise<DeliveryWithAttempts[]> {
  const rows = await listDeliveries(o.db, o.filter);
  const attempts = await listAttempts(o.db, rows.map((r) => r.id));
  return rows.map((d) => ({ ...d, attemptLog: attempts.filter((a) => a.delivery_id === d.id) }));
}
