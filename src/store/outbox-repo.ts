// The outbox: side effects (webhook deliveries, emails) written in the same transaction as
// the change that causes them, and claimed by whichever node's worker gets there first.
import { sql } from 'kysely';
import type { DialectName, Queryable } from './db.js';
import type { OutboxRow } from './tables/foundation.js';
import { prepared } from './sqlite/prepared.js';
import { markOutboxWritten } from './outbox-signal.js';

const insertOne = prepared(
  (db, topic: string, orderingKey: string, payload: string, now: number, receiver: string | null) =>
    db
      .insertInto('outbox')
      .values({ topic, ordering_key: orderingKey, payload, status: 'pending', attempts: 0, next_attempt_at: now, locked_by: null, locked_until: null, last_error: null, created_at: now, done_at: null, receiver })
      .returning('id'),
  5,
);

export interface OutboxMessage {
  topic: string;
  orderingKey: string;
  payload: unknown;
  /** Who receives it, when its topic caps deliveries per receiver (the worker's `receiverOf`). */
  receiver?: string;
}
export type ClaimedMessage = Omit<OutboxRow, 'id'> & { id: number };

export async function enqueueOutbox(db: Queryable, now: number, messages: OutboxMessage[]): Promise<number[]> {
  // One prepared insert per message: in id order, so the worker keeps their order.
  const ids: number[] = [];
  for (const m of messages) ids.push(Number((await insertOne.first(db, m.topic, m.orderingKey, JSON.stringify(m.payload), now, m.receiver ?? null))!.id));
  if (ids.length > 0) await markOutboxWritten(db);
  return ids;
}

/**
 * Leases up to `limit` due messages of `topic` to `node`, the longest due first, leaving
 * those of the `busy` receivers: for each ordering key only its oldest undelivered message,
 * so messages of one key go out in order. PostgreSQL skips rows another node is claiming at
 * the same moment.
 */
export async function claimOutbox(
  db: Queryable,
  dialect: DialectName,
  opts: { node: string; now: number; leaseMs: number; limit: number; topic: string; busy?: string[] },
): Promise<ClaimedMessage[]> {
  const lockClause = dialect === 'postgres' ? sql`FOR UPDATE SKIP LOCKED` : sql``;
  const busyClause = opts.busy?.length ? sql`AND (o.receiver IS NULL OR o.receiver NOT IN (${sql.join(opts.busy)}))` : sql``;
  const result = await sql<ClaimedMessage>`
    UPDATE outbox SET locked_by = ${opts.node}, locked_until = ${opts.now + opts.leaseMs}
    WHERE id IN (
      SELECT o.id FROM outbox o
      WHERE o.status = 'pending' AND o.topic = ${opts.topic} AND o.next_attempt_at <= ${opts.now}
        AND (o.locked_until IS NULL OR o.locked_until < ${opts.now})
        ${busyClause}
        AND NOT EXISTS (
          SELECT 1 FROM outbox e WHERE e.ordering_key = o.ordering_key AND e.id < o.id AND e.status = 'pending'
        )
      ORDER BY o.next_attempt_at, o.id
      LIMIT ${opts.limit}
      ${lockClause}
    )
    RETURNING *`.execute(db);
  return result.rows.map((r) => ({ ...r, id: Number(r.id) }));
}

const complete = prepared(
  (db, id: number, node: string, now: number) =>
    db
      .updateTable('outbox')
      .set({ status: 'done', done_at: now, locked_by: null, locked_until: null, attempts: (eb) => eb('attempts', '+', 1) })
      .where('id', '=', id)
      .where('locked_by', '=', node),
  3,
);

export async function completeOutbox(db: Queryable, id: number, node: string, now: number): Promise<void> {
  await complete.run(db, id, node, now);
}

export async function retryOutbox(
  db: Queryable,
  opts: { id: number; node: string; error: string; nextAttemptAt: number | null },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({
      status: opts.nextAttemptAt === null ? 'dead' : 'pending',
      next_attempt_at: opts.nextAttemptAt ?? 0,
      last_error: opts.error.slice(0, 500),
      locked_by: null,
      locked_until: null,
      attempts: (eb) => eb('attempts', '+', 1),
    })
    .where('id', '=', opts.id)
    .where('locked_by', '=', opts.node)
    .execute();
}

/**
 * Gives claimed messages back without counting an attempt: their receiver is busy here, or
 * this node is stopping. Another node (or this one later) takes them from `nextAttemptAt`.
 */
export async function releaseOutbox(db: Queryable, opts: { ids: number[]; node: string; nextAttemptAt: number }): Promise<void> {
  if (!opts.ids.length) return;
  await db
    .updateTable('outbox')
    .set({ locked_by: null, locked_until: null, next_attempt_at: opts.nextAttemptAt })
    .where('id', 'in', opts.ids)
    .where('locked_by', '=', opts.node)
    .where('status', '=', 'pending')
    .execute();
}

export function findOutboxMessage(db: Queryable, id: number) {
  return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
}

/** When each of these webhook deliveries is next tried, for those still waiting in the outbox. */
export async function nextDeliveryAttempts(db: Queryable, topic: string, deliveryIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!deliveryIds.length) return out;
  // The payload starts with the delivery id (more fields may follow it); ids are UUIDs, no LIKE wildcards.
  const rows = await db
    .selectFrom('outbox')
    .select(['payload', 'next_attempt_at'])
    .where('topic', '=', topic)
    .where('status', '=', 'pending')
    .where((eb) => eb.or(deliveryIds.filter((id) => /^[0-9a-f-]+$/i.test(id)).map((id) => eb('payload', 'like', `{"deliveryId":"${id}"%`))))
    .execute();
  for (const r of rows) out.set((JSON.parse(r.payload) as { deliveryId: string }).deliveryId, Number(r.next_attempt_at));
  return out;
}
