// A partner's submissions of its checklist for verification, and the partners listed live.
import type { Queryable } from './db.js';
import type { IntegrationSubmissionRow } from './tables/partner-journey.js';

export async function insertSubmission(db: Queryable, row: IntegrationSubmissionRow): Promise<void> {
  await db.insertInto('integration_submissions').values(row).execute();
}

export function findSubmission(db: Queryable, id: string) {
  return db.selectFrom('integration_submissions').selectAll().where('id', '=', id).executeTakeFirst();
}

export function submissionsOfPartner(db: Queryable, partnerId: string) {
  return db.selectFrom('integration_submissions').selectAll().where('partner_id', '=', partnerId).orderBy('created_at', 'desc').limit(20).execute();
}

export function listSubmissions(db: Queryable, status: string, limit: number) {
  return db
    .selectFrom('integration_submissions as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .selectAll('s')
    .select(['p.name as partner_name', 'p.level as partner_level'])
    .where('s.status', '=', status)
    .orderBy('s.created_at', status === 'SUBMITTED' ? 'asc' : 'desc')
    .limit(limit)
    .execute();
}

/** Moves a submitted checklist to the operator's decision; false if it was decided first. */
export async function decideSubmission(db: Queryable, id: string, set: Pick<IntegrationSubmissionRow, 'status' | 'operator_note' | 'decided_by' | 'decided_at'>): Promise<boolean> {
  const r = await db.updateTable('integration_submissions').set(set).where('id', '=', id).where('status', '=', 'SUBMITTED').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listPartner(db: Queryable, partnerId: string, now: number): Promise<void> {
  await db.insertInto('listed_partners').values({ partner_id: partnerId, listed_at: now }).onConflict((oc) => oc.column('partner_id').doNothing()).execute();
}

export function livePartners(db: Queryable) {
  return db.selectFrom('listed_partners as l').innerJoin('partners as p', 'p.id', 'l.partner_id').select(['p.id', 'p.name', 'p.level', 'p.type']).orderBy('p.name').execute();
}
