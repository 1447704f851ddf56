import type { Queryable } from './db.js';
import type { WebSessionRow } from './tables/web.js';

export async function insertWebSession(db: Queryable, row: WebSessionRow): Promise<void> {
  await db.insertInto('web_sessions').values(row).execute();
}

export function findWebSession(db: Queryable, idHash: string, kind: string, now: number) {
  return db.selectFrom('web_sessions').selectAll().where('id_hash', '=', idHash).where('kind', '=', kind).where('expires_at', '>', now).executeTakeFirst();
}

export async function extendWebSession(db: Queryable, idHash: string, expiresAt: number): Promise<void> {
  await db.updateTable('web_sessions').set({ expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteWebSession(db: Queryable, idHash: string): Promise<void> {
  await db.deleteFrom('web_sessions').where('id_hash', '=', idHash).execute();
}
