// Webhook deliveries (one per event and webhook) and every attempt to deliver one.
import type { Queryable } from './db.js';
import { prepared, preparedInsert } from './sqlite/prepared.js';
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

/** Adds to the per-unit count of deliveries in one status (negative: leaves it). */
async function countDeliveries(db: Queryable, msn: string, status: string, delta: number): Promise<void> {
  await db
    .insertInto('webhook_delivery_counts')
    .values({ msn, status, n: delta })
    .onConflict((oc) => oc.columns(['msn', 'status']).doUpdateSet((eb) => ({ n: eb('webhook_delivery_counts.n', '+', eb.ref('excluded.n')) })))
    .execute();
}

/** Writes new deliveries and counts them; call inside the transaction that publishes them. */
export async function insertDeliveries(db: Queryable, rows: WebhookDeliveryRow[]): Promise<void> {
  const added = new Map<string, number>();
  for (const row of rows) {
    await insertDelivery(db, row);
    const key = `${row.msn}\u0000${row.status}`;
    added.set(key, (added.get(key) ?? 0) + 1);
  }
  for (const [key, n] of added) {
    const [msn, status] = key.split('\u0000') as [string, string];
    await countDeliveries(db, msn, status, n);
  }
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
    (db, id: string, from: string, status: string, lastStatus: number | null, lastError: string | null, deliveredAt: number | null) =>
      db
        .updateTable('webhook_deliveries')
        .set((eb) => ({
          status,
          last_status: lastStatus,
          last_error: lastError,
          delivered_at: deliveredAt,
          attempts: countAttempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
        }))
        .where('id', '=', id)
        .where('status', '=', from),
    6,
  );
const updateCountingAttempt = setDeliveryState(true);
const updateNotCounting = setDeliveryState(false);

/**
 * Moves a delivery from the status it was read in to the next one, and the per-unit counts
 * with it; false when another node moved it first (then nothing changes). Call inside a
 * transaction, so the delivery and its count move together.
 */
export async function updateDelivery(
  db: Queryable,
  d: { id: string; msn: string; status: string },
  o: { status: string; lastStatus: number | null; lastError: string | null; deliveredAt: number | null; countAttempt: boolean },
): Promise<boolean> {
  const r = await (o.countAttempt ? updateCountingAttempt : updateNotCounting).run(db, d.id, d.status, o.status, o.lastStatus, o.lastError, o.deliveredAt);
  if (!r.numAffectedRows) return false;
  if (d.status !== o.status) {
    await countDeliveries(db, d.msn, d.status, -1);
    await countDeliveries(db, d.msn, o.status, 1);
  }
  return true;
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
