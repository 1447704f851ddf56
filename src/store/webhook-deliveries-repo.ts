// Webhook deliveries (one per event and webhook) and every attempt to deliver one.
import type { Queryable } from './db.js';
import { prepared, preparedInsert } from './prepared.js';
import type { WebhookAttemptRow, WebhookDeliveryRow } from './tables/webhooks.js';

export type Attempt = Omit<WebhookAttemptRow, 'id'> & { id: number };

// Every payment event writes deliveries, and every delivery is read, attempted and
// updated: these statements are prepared once.
const insertDelivery = preparedInsert<WebhookDeliveryRow>('webhook_deliveries', [
  'id',
  'webhook_id',
  'event_id',
  'event_type',
  'msn',
  'reference',
  'payment_id',
  'url',
  'body',
  'status',
  'attempts',
  'last_status',
  'last_error',
  'created_at',
  'delivered_at',
  'fault',
]);

export async function insertDeliveries(db: Queryable, rows: WebhookDeliveryRow[]): Promise<void> {
  for (const row of rows) await insertDelivery(db, row);
}

const deliveryById = prepared((db, id: string) => db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id), 1);

export function findDelivery(db: Queryable, id: string): Promise<WebhookDeliveryRow | undefined> {
  return deliveryById.first(db, id);
}

/** Marks the fault a rule injected into the delivery (it is then never drawn again). */
export async function markDeliveryFault(db: Queryable, id: string, fault: string): Promise<void> {
  await db.updateTable('webhook_deliveries').set({ fault }).where('id', '=', id).execute();
}

const insertAttempt = preparedInsert<Omit<WebhookAttemptRow, 'id'>>('webhook_attempts', ['delivery_id', 'at', 'duration_ms', 'status_code', 'response_excerpt', 'error', 'node']);

export async function recordAttempt(db: Queryable, a: Omit<WebhookAttemptRow, 'id'>): Promise<void> {
  await insertAttempt(db, a);
}

const setDeliveryState = (countAttempt: boolean) =>
  prepared(
    (db, id: string, status: string, lastStatus: number | null, lastError: string | null, deliveredAt: number | null) =>
      db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status,
          last_status: lastStatus,
          last_error: lastError,
          delivered_at: deliveredAt,
          attempts: countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
        }))
        .where('id', '=', id),
    5,
  );
const updateCountingAttempt = setDeliveryState(true);
const updateNotCounting = setDeliveryState(false);

export async function updateDelivery(
  db: Queryable,
  id: string,
  o: { status: string; lastStatus: number | null; lastError: string | null; deliveredAt: number | null; countAttempt: boolean },
): Promise<void> {
  await (o.countAttempt ? updateCountingAttempt : updateNotCounting).run(db, id, o.status, o.lastStatus, o.lastError, o.deliveredAt);
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
