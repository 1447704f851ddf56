import type { Queryable } from './db.js';

export function findIdempotencyRecord(db: Queryable, scope: string, key: string) {
  return db.selectFrom('idempotency_keys').selectAll().where('scope', '=', scope).where('key', '=', key).executeTakeFirst();
}

export async function insertIdempotencyRecord(
  db: Queryable,
  row: { scope: string; key: string; fingerprint: string; status: number; body: string | null; created_at: number },
): Promise<void> {
  await db.insertInto('idempotency_keys').values(row).execute();
}

export async function completeIdempotencyRecord(db: Queryable, scope: string, key: string, status: number, body: string | null): Promise<void> {
  await db.updateTable('idempotency_keys').set({ status, body }).where('scope', '=', scope).where('key', '=', key).execute();
}
