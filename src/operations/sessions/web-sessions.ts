// Browser sessions of the portal and the back office, kept by the hash of their id.
import type { Queryable } from '../../store/db.js';
import { deleteWebSession, extendWebSession, findWebSession, insertWebSession } from '../../store/web-sessions-repo.js';

export interface StoredSession {
  idHash: string;
  kind: string;
  subject: string;
  csrf: string;
  expiresAt: number;
}

export async function openWebSession(o: { db: Queryable; session: StoredSession; now: number }): Promise<void> {
  const s = o.session;
  await insertWebSession(o.db, { id_hash: s.idHash, kind: s.kind, subject: s.subject, csrf: s.csrf, created_at: o.now, expires_at: s.expiresAt });
}

/** The live session with this id hash; `extend` gives a later idle deadline to store, or undefined to leave it. */
export async function findLiveSession(o: { db: Queryable; idHash: string; kind: string; now: number; extend(expiresAt: number): number | undefined }): Promise<StoredSession | undefined> {
  const row = await findWebSession(o.db, o.idHash, o.kind, o.now);
  if (!row) return undefined;
  const extended = o.extend(row.expires_at);
  if (extended !== undefined) await extendWebSession(o.db, row.id_hash, extended);
  return { idHash: row.id_hash, kind: row.kind, subject: row.subject, csrf: row.csrf, expiresAt: row.expires_at };
}

export async function closeWebSession(o: { db: Queryable; idHash: string }): Promise<void> {
  await deleteWebSession(o.db, o.idHash);
}
