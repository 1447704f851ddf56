// Applications to become a partner, and what approving one writes.
import type { Queryable } from './db.js';
import type { PartnerApplicationRow } from './tables/partner-journey.js';

export async function insertPartnerApplication(db: Queryable, row: PartnerApplicationRow): Promise<void> {
  await db.insertInto('partner_applications').values(row).execute();
}

export function findPartnerApplication(db: Queryable, id: string) {
  return db.selectFrom('partner_applications').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The approved application behind a partner (partners from the world file have none). */
export function applicationOfPartner(db: Queryable, partnerId: string) {
  return db.selectFrom('partner_applications').selectAll().where('partner_id', '=', partnerId).executeTakeFirst();
}

export function approvedApplicationsOfOrgs(db: Queryable, orgnos: string[]) {
  if (!orgnos.length) return Promise.resolve([]);
  return db.selectFrom('partner_applications').selectAll().where('orgno', 'in', orgnos).where('status', '=', 'APPROVED').execute();
}

export function listPartnerApplications(db: Queryable, status: string, limit: number) {
  return db.selectFrom('partner_applications').selectAll().where('status', '=', status).orderBy('created_at', status === 'PENDING' ? 'asc' : 'desc').limit(limit).execute();
}

/** Moves a pending application to its decision; false if someone decided it first. */
export async function decidePartnerApplication(
  db: Queryable,
  id: string,
  decision: Pick<PartnerApplicationRow, 'status' | 'level' | 'decline_reason' | 'partner_id' | 'decided_by' | 'decided_at'>,
): Promise<boolean> {
  const r = await db.updateTable('partner_applications').set(decision).where('id', '=', id).where('status', '=', 'PENDING').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function partnerIdTaken(db: Queryable, id: string): Promise<boolean> {
  return !!(await db.selectFrom('partners').select('id').where('id', '=', id).executeTakeFirst());
}

export async function insertPartner(db: Queryable, row: { id: string; name: string; type: string; level: string; contact_name: string; contact_email: string; created_at: number }) {
  await db.insertInto('partners').values(row).execute();
}

export async function setPartnerLevel(db: Queryable, id: string, level: string): Promise<boolean> {
  const r = await db.updateTable('partners').set({ level }).where('id', '=', id).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A partner's own key sets (partner, management), with whether each is revoked. */
export function partnerKeySets(db: Queryable, partnerId: string) {
  return db
    .selectFrom('key_sets as k')
    .leftJoin('revoked_key_sets as r', 'r.key_set_id', 'k.id')
    .select(['k.id', 'k.kind', 'k.client_id', 'k.created_at', 'r.revoked_at', 'r.revoked_by'])
    .where('k.partner_id', '=', partnerId)
    .orderBy('k.created_at')
    .execute();
}

export async function markKeySetRevoked(db: Queryable, row: { key_set_id: string; partner_id: string; revoked_by: string; revoked_at: number }): Promise<boolean> {
  const r = await db.insertInto('revoked_key_sets').values(row).onConflict((oc) => oc.column('key_set_id').doNothing()).returning('key_set_id').executeTakeFirst();
  return !!r;
}
