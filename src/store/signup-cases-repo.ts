// Back-office cases and their history. A case changes state only by a compare-and-set
// update, so two operators (or nodes) can never both decide one case.
import type { Queryable } from './db.js';
import type { CaseKind, CaseState, SignupCaseEventRow, SignupCaseRow } from './tables/signup.js';

export async function insertCase(db: Queryable, row: SignupCaseRow): Promise<void> {
  await db.insertInto('signup_cases').values(row).execute();
}

export function findCase(db: Queryable, id: string): Promise<SignupCaseRow | undefined> {
  return db.selectFrom('signup_cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findCaseOf(db: Queryable, kind: CaseKind, subjectId: string): Promise<SignupCaseRow | undefined> {
  return db.selectFrom('signup_cases').selectAll().where('kind', '=', kind).where('subject_id', '=', subjectId).executeTakeFirst();
}

/** Moves a case that is still in one of `from`; returns whether it did. */
export async function moveCase(
  db: Queryable,
  o: { id: string; from: readonly CaseState[]; set: Partial<Omit<SignupCaseRow, 'id' | 'kind' | 'subject_id'>> & { updated_at: number } },
): Promise<boolean> {
  const r = await db.updateTable('signup_cases').set(o.set).where('id', '=', o.id).where('state', 'in', [...o.from]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Cases waiting for an operator or for the merchant, oldest first. */
export function listOpenCases(db: Queryable): Promise<SignupCaseRow[]> {
  return db.selectFrom('signup_cases').selectAll().where('state', 'in', ['QUEUED', 'AWAITING-CUSTOMER']).orderBy('submitted_at').orderBy('id').execute();
}

export function listDecidedCases(db: Queryable, limit: number): Promise<SignupCaseRow[]> {
  return db.selectFrom('signup_cases').selectAll().where('state', 'in', ['APPROVED', 'DECLINED']).orderBy('decided_at', 'desc').orderBy('id').limit(limit).execute();
}

/** Queued cases that entered the queue at or before `before`, oldest first. */
export function listQueuedSince(db: Queryable, before: number): Promise<SignupCaseRow[]> {
  return db.selectFrom('signup_cases').selectAll().where('state', '=', 'QUEUED').where('queued_at', '<=', before).orderBy('submitted_at').orderBy('id').execute();
}

export function listCasesOfOrgs(db: Queryable, orgnos: string[]): Promise<SignupCaseRow[]> {
  if (!orgnos.length) return Promise.resolve([]);
  return db.selectFrom('signup_cases').selectAll().where('orgno', 'in', orgnos).orderBy('submitted_at').execute();
}

export async function addCaseEvent(db: Queryable, e: Omit<SignupCaseEventRow, 'id'>): Promise<void> {
  await db.insertInto('signup_case_events').values(e).execute();
}

export function listCaseEvents(db: Queryable, caseId: string, o: { merchantView: boolean }) {
  let q = db.selectFrom('signup_case_events').selectAll().where('case_id', '=', caseId);
  if (o.merchantView) q = q.where('visible_to_merchant', '=', 1);
  return q.orderBy('id').execute();
}
