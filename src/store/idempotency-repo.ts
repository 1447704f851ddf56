import type { Queryable } from './db.js';
import { prepared } from './sqlite/prepared.js';

const find = prepared((db, scope: string, key: string) => db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key), 2);
const insert = prepared(
  (db, scope: string, key: string, fingerprint: string, status: number, body: string | null, created_at: number) =>
    db.insertInto('idempotency_keys').values({ scope, key, fingerprint, status, body, created_at }).onConflict((oc) => oc.columns(['scope', 'key']).doNothing()),
  6,
);
const complete = prepared(
  (db, status: number, body: string | null, scope: string, key: string) => db.updateTable('idempotency_keys').set({ status, body }).where('scope', '=', scope).where('key', '=', key),
  4,
);

export function findIdempotencyRecord(db: Queryable, scope: string, key: string) {
  return find.first(db, scope, key);
}

/**
 * Stores the record unless the key is taken; tells whether it was stored. On PostgreSQL a
 * concurrent transaction holding the same key makes this wait for it to end.
 */
export async function claimIdempotencyKey(
  db: Queryable,
  row: { scope: string; key: string; fingerprint: string; status: number; body: string | null; created_at: number },
): Promise<boolean> {
  const { numAffectedRows } = await insert.run(db, row.scope, row.key, row.fingerprint, row.status, row.body, row.created_at);
  return Number(numAffectedRows) === 1;
}

export async function completeIdempotencyRecord(db: Queryable, scope: string, key: string, status: number, body: string | null): Promise<void> {
  await complete.run(db, status, body, scope, key);
}
