// The audit log of API keys shown, regenerated and created in the portal.
import type { Queryable } from './db.js';
import type { KeyAuditAction } from './tables/portal-access.js';

export async function insertKeyAudit(db: Queryable, row: { key_set_id: string; msn: string; orgno: string; action: KeyAuditAction; nin: string; at: number }): Promise<void> {
  await db.insertInto('key_audit').values(row).execute();
}

/** Newest first, for these units of the merchant (or all of them). */
export function listKeyAudit(db: Queryable, o: { orgno: string; msns: 'all' | readonly string[]; limit: number }) {
  let q = db
    .selectFrom('key_audit as a')
    .innerJoin('persons as p', 'p.nin', 'a.nin')
    .select(['a.id', 'a.msn', 'a.action', 'a.at', 'a.nin', 'p.first_name', 'p.last_name'])
    .where('a.orgno', '=', o.orgno)
    .orderBy('a.id', 'desc')
    .limit(o.limit);
  if (o.msns !== 'all') {
    if (!o.msns.length) return Promise.resolve([]);
    q = q.where('a.msn', 'in', [...o.msns]);
  }
  return q.execute();
}
