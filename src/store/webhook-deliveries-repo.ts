// Webhook deliveries (one per event and webhook) and every attempt to deliver one.
import type { Queryable } from './db.js';
import type { WebhookAttemptRow, WebhookDeliveryRow } from './tables/webhooks.js';

export type Attempt = Omit<WebhookAttemptRow, 'id'> & { id: number };

export async function insertDeliveries(db: Queryable, rows: WebhookDeliveryRow[]): Promise<void> {
  if (rows.length) await db.insertInto('webhook_deliveries').values(rows).execute();
}

export async function findDelivery(db: Queryable, id: string): Promise<WebhookDeliveryRow | undefined> {
  return db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function recordAttempt(db: Queryable, a: Omit<WebhookAttemptRow, 'id'>): Promise<void> {
  await db.insertInto('webhook_attempts').values(a).execute();
}

export async function updateDelivery(
  db: Queryable,
  id: string,
  o: { status: string; lastStatus: number | null; lastError: string | null; deliveredAt: number | null; countAttempt: boolean },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set((eb) => ({
      status: o.status,
      last_status: o.lastStatus,
      last_error: o.lastError,
      delivered_at: o.deliveredAt,
      attempts: o.countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
    }))
    .where('id', '=', id)
    .execute();
}

export interface DeliveryFilter {
  msn?: string;
  paymentId?: string;
  webhookId?: string;
  reference?: string;
  limit: number;
}

export async function listDeliveries(db: Queryable, f: DeliveryFilter): Promise<WebhookDeliveryRow[]> {
  let q = db.selectFrom('webhook_deliveries').selectAll();
  if (f.msn) q = q.where('msn', '=', f.msn);
  if (f.paymentId) q = q.where('payment_id', '=', f.paymentId);
  if (f.webhookId) q = q.where('webhook_id', '=', f.webhookId);
  if (f.reference) q = q.where('reference', '=', f.reference);
  return q.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute();
}

export async function listAttempts(db: Queryable, deliveryIds: string[]): Promise<Attempt[]> {
  if (!deliveryIds.length) return [];
  const rows = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', 'in', deliveryIds).orderBy('id').execute();
  return rows.map((r) => ({ ...r, id: Number(r.id), at: Number(r.at) }));
}
