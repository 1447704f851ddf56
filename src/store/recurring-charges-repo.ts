// Recurring charges and their event log. Money moves in one conditional UPDATE whose
// WHERE clause repeats the rule of domain/recurring/charge-rules.ts, so capture never
// exceeds what is reserved and refund never exceeds what is captured, whatever runs at once.
import { sql } from 'kysely';
import type { Charge, ChargeEvent, ChargeEventName, ChargeStatus, ChargeType, FailureReason, TransactionType } from '../domain/recurring/charge.js';
import type { DialectName, Queryable } from './db.js';
import type { RecurringChargeRow } from './tables/recurring.js';

export function toCharge(r: RecurringChargeRow): Charge {
  return {
    id: r.id,
    msn: r.msn,
    agreementId: r.agreement_id,
    type: r.type as ChargeType,
    transactionType: r.transaction_type as TransactionType,
    status: r.status as ChargeStatus,
    currency: r.currency,
    amount: Number(r.amount),
    reserved: Number(r.reserved),
    captured: Number(r.captured),
    refunded: Number(r.refunded),
    cancelled: Number(r.cancelled),
    description: r.description,
    due: r.due,
    retryDays: Number(r.retry_days),
    externalId: r.external_id,
    failureReason: r.failure_reason as FailureReason | null,
    failureDescription: r.failure_description,
    nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
    lastAttemptAt: Number(r.last_attempt_at),
    cancelRequestedAt: r.cancel_requested_at === null ? null : Number(r.cancel_requested_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

const one = (r: RecurringChargeRow | undefined) => (r ? toCharge(r) : undefined);

export async function insertCharges(db: Queryable, rows: RecurringChargeRow[]): Promise<void> {
  if (rows.length) await db.insertInto('recurring_charges').values(rows).execute();
}

export async function findCharge(db: Queryable, msn: string, id: string): Promise<Charge | undefined> {
  return one(await db.selectFrom('recurring_charges').selectAll().where('msn', '=', msn).where('id', '=', id).executeTakeFirst());
}

export async function listCharges(db: Queryable, o: { msn: string; agreementId: string; status?: ChargeStatus; after?: { createdAt: number; id: string }; limit: number }): Promise<Charge[]> {
  let q = db.selectFrom('recurring_charges').selectAll().where('msn', '=', o.msn).where('agreement_id', '=', o.agreementId);
  if (o.status) q = q.where('status', '=', o.status);
  // After one charge in (created_at, id) order: where a Continuation-Token left off.
  const after = o.after;
  if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]));
  return (await q.orderBy('created_at').orderBy('id').limit(o.limit).execute()).map(toCharge);
}

/** The newest charges of a unit, for the inspector and the portal. */
export async function listRecentCharges(db: Queryable, o: { msn?: string; limit: number }): Promise<Charge[]> {
  let q = db.selectFrom('recurring_charges').selectAll().orderBy('created_at', 'desc').limit(o.limit);
  if (o.msn) q = q.where('msn', '=', o.msn);
  return (await q.execute()).map(toCharge);
}

/** Capture on a reserved charge: never beyond what is still reserved. */
export async function addCapturedCharge(db: Queryable, o: { msn: string; id: string; value: number; now: number }) {
  return one(
    await db
      .updateTable('recurring_charges')
      .set((eb) => ({
        captured: eb('captured', '+', o.value),
        status: sql<string>`case when captured + ${o.value} + cancelled >= reserved then 'CHARGED' else 'PARTIALLY_CAPTURED' end`,
        updated_at: o.now,
      }))
      .where('msn', '=', o.msn)
      .where('id', '=', o.id)
      .where('transaction_type', '=', 'RESERVE_CAPTURE')
      .where('status', 'in', ['RESERVED', 'PARTIALLY_CAPTURED'])
      .where(sql<boolean>`captured + ${o.value} + cancelled <= reserved`)
      .returningAll()
      .executeTakeFirst(),
  );
}

/** Refund: never beyond what is captured. */
export async function addRefundedCharge(db: Queryable, o: { msn: string; id: string; value: number; now: number }) {
  return one(
    await db
      .updateTable('recurring_charges')
      .set((eb) => ({
        refunded: eb('refunded', '+', o.value),
        status: sql<string>`case when refunded + ${o.value} >= captured then 'REFUNDED' else 'PARTIALLY_REFUNDED' end`,
        updated_at: o.now,
      }))
      .where('msn', '=', o.msn)
      .where('id', '=', o.id)
      .where('status', 'in', ['CHARGED', 'PARTIALLY_REFUNDED'])
      .where(sql<boolean>`refunded + ${o.value} <= captured`)
      .returningAll()
      .executeTakeFirst(),
  );
}

/**
 * Cancel: a charge not yet attempted (or still retrying) is cancelled whole; a reserved
 * one releases its reservation; a partially captured one releases the rest and is CHARGED.
 */
export async function cancelChargeRow(db: Queryable, o: { msn: string; id: string; now: number }) {
  return one(
    await db
      .updateTable('recurring_charges')
      .set({
        status: sql<string>`case when status = 'PARTIALLY_CAPTURED' then 'CHARGED' else 'CANCELLED' end`,
        cancelled: sql<number>`case when status in ('PENDING', 'DUE') then amount else reserved - captured end`,
        next_attempt_at: null,
        updated_at: o.now,
      })
      .where('msn', '=', o.msn)
      .where('id', '=', o.id)
      .where('status', 'in', ['PENDING', 'DUE', 'RESERVED', 'PARTIALLY_CAPTURED'])
      .returningAll()
      .executeTakeFirst(),
  );
}

/** Marks a unit's PROCESSING charges (narrowed by the caller) to be cancelled when their attempt ends; the first request's time is kept. */
function askCancelOfProcessing(db: Queryable, msn: string, now: number) {
  return db
    .updateTable('recurring_charges')
    .set({ cancel_requested_at: sql<number>`coalesce(cancel_requested_at, ${now})`, updated_at: now })
    .where('msn', '=', msn)
    .where('status', '=', 'PROCESSING');
}

/**
 * Cancels every PENDING, DUE or RESERVED charge of a stopped agreement and returns them; a
 * PROCESSING one is cancelled when its attempt ends, so a stopped agreement is never charged.
 */
export async function cancelOpenChargesOfAgreement(db: Queryable, o: { msn: string; agreementId: string; now: number }): Promise<Charge[]> {
  await askCancelOfProcessing(db, o.msn, o.now).where('agreement_id', '=', o.agreementId).execute();
  const rows = await db
    .updateTable('recurring_charges')
    .set({
      status: 'CANCELLED',
      cancelled: sql<number>`case when status in ('PENDING', 'DUE') then amount else reserved - captured end`,
      next_attempt_at: null,
      updated_at: o.now,
    })
    .where('msn', '=', o.msn)
    .where('agreement_id', '=', o.agreementId)
    .where('status', 'in', ['PENDING', 'DUE', 'RESERVED'])
    .returningAll()
    .execute();
  return rows.map(toCharge);
}

/** A claimed charge, and whether it is a held attempt whose processing time has passed. */
export interface ClaimedCharge {
  charge: Charge;
  processingEnds: boolean;
}

// A claim takes a waiting charge whose attempt time has come, or a PROCESSING one whose
// processing time has passed. SET reads the row as it was, so the claim clears
// next_attempt_at of the latter only: that is how the claimer tells the two apart.
const CLAIMABLE = ['PENDING', 'DUE', 'PROCESSING'];
const claimedOf = (r: RecurringChargeRow): ClaimedCharge => ({ charge: toCharge(r), processingEnds: r.next_attempt_at === null });

/**
 * Claims a charge for one attempt: only one caller (on any node) gets it back, because the
 * UPDATE matches only while the charge is still waiting and its attempt time has come.
 */
export async function claimChargeAttempt(db: Queryable, o: { msn: string; id: string; now: number }): Promise<ClaimedCharge | undefined> {
  const r = await db
    .updateTable('recurring_charges')
    .set({ status: 'PROCESSING', next_attempt_at: sql<number | null>`case when status = 'PROCESSING' then null else next_attempt_at end`, updated_at: o.now })
    .where('msn', '=', o.msn)
    .where('id', '=', o.id)
    .where('status', 'in', CLAIMABLE)
    .where('next_attempt_at', '<=', o.now)
    .returningAll()
    .executeTakeFirst();
  return r && claimedOf(r);
}

/** How an attempt ends. */
type SettledStatus = 'CHARGED' | 'RESERVED' | 'DUE' | 'FAILED' | 'CANCELLED';

/** Ends a claimed attempt: the money moved (CHARGED or RESERVED), a retry waits (DUE), or it FAILED. */
export async function finishChargeAttempt(
  db: Queryable,
  o: { msn: string; id: string; now: number; status: SettledStatus; nextAttemptAt: number | null; failureReason: FailureReason | null; failureDescription: string | null },
): Promise<Charge | undefined> {
  const { id, ...rest } = o;
  return (await settleChargeAttempts(db, { ...rest, ids: [id] }))[0];
}

/**
 * Claims up to `limit` charges whose attempt (or processing) time has come, oldest first, in
 * one UPDATE: a charge is claimed only while it is still waiting, so of several nodes (or
 * passes) exactly one gets it. PostgreSQL skips rows another node is claiming at that moment.
 */
export async function claimDueCharges(db: Queryable, o: { dialect: DialectName; now: number; limit: number }): Promise<ClaimedCharge[]> {
  const skipLocked = o.dialect === 'postgres' ? sql`for update skip locked` : sql``;
  const { rows } = await sql<RecurringChargeRow>`
    update recurring_charges set status = 'PROCESSING', updated_at = ${o.now},
      next_attempt_at = case when status = 'PROCESSING' then null else next_attempt_at end
    where (msn, id) in (
      select msn, id from recurring_charges
      where next_attempt_at <= ${o.now} and status in ('PENDING', 'DUE', 'PROCESSING')
      order by next_attempt_at limit ${o.limit} ${skipLocked})
    and status in ('PENDING', 'DUE', 'PROCESSING') and next_attempt_at <= ${o.now}
    returning *`.execute(db);
  return rows.map(claimedOf);
}

/** Holds claimed charges PROCESSING until their processing time has passed. */
export async function holdChargeAttempts(db: Queryable, o: { msn: string; ids: string[]; until: number; now: number }): Promise<Charge[]> {
  if (!o.ids.length) return [];
  const rows = await db
    .updateTable('recurring_charges')
    .set({ next_attempt_at: o.until, updated_at: o.now })
    .where('msn', '=', o.msn)
    .where('id', 'in', o.ids)
    .where('status', '=', 'PROCESSING')
    .returningAll()
    .execute();
  return rows.map(toCharge);
}

/** A cancel asked for while the charge is PROCESSING: enacted when its attempt ends. */
export async function requestChargeCancel(db: Queryable, o: { msn: string; id: string; now: number }): Promise<Charge | undefined> {
  return one(
    await askCancelOfProcessing(db, o.msn, o.now).where('id', '=', o.id).returningAll().executeTakeFirst(),
  );
}

/**
 * Ends the claimed attempts of several charges of one unit alike (all CHARGED, all
 * RESERVED, all retrying, all FAILED with one reason, or all CANCELLED while processing): only charges still PROCESSING
 * change, and the money moved is each charge's own amount.
 */
export async function settleChargeAttempts(
  db: Queryable,
  o: { msn: string; ids: string[]; now: number; status: SettledStatus; nextAttemptAt: number | null; failureReason: FailureReason | null; failureDescription: string | null },
): Promise<Charge[]> {
  if (!o.ids.length) return [];
  const moved = o.status === 'CHARGED' || o.status === 'RESERVED';
  const rows = await db
    .updateTable('recurring_charges')
    .set((eb) => ({
      status: o.status,
      reserved: moved ? eb.ref('amount') : 0,
      captured: o.status === 'CHARGED' ? eb.ref('amount') : 0,
      cancelled: o.status === 'CANCELLED' ? eb.ref('amount') : 0,
      next_attempt_at: o.nextAttemptAt,
      failure_reason: o.failureReason,
      failure_description: o.failureDescription,
      updated_at: o.now,
    }))
    .where('msn', '=', o.msn)
    .where('id', 'in', o.ids)
    .where('status', '=', 'PROCESSING')
    .returningAll()
    .execute();
  return rows.map(toCharge);
}

/** Charges whose attempt (or processing) time has come, oldest first. */
export async function listDueCharges(db: Queryable, now: number, limit: number): Promise<{ msn: string; id: string }[]> {
  return db.selectFrom('recurring_charges').select(['msn', 'id']).where('next_attempt_at', '<=', now).where('status', 'in', CLAIMABLE).orderBy('next_attempt_at').orderBy('msn').orderBy('id').limit(limit).execute();
}

/** Schedules the first attempt of an agreement's initial charge (when the payer accepts). */
export async function scheduleCharge(db: Queryable, o: { msn: string; id: string; at: number }): Promise<void> {
  await db.updateTable('recurring_charges').set({ next_attempt_at: o.at }).where('msn', '=', o.msn).where('id', '=', o.id).where('status', '=', 'PENDING').execute();
}

export async function insertChargeEvent(db: Queryable, e: { msn: string; chargeId: string; event: ChargeEventName; amount: number; idempotencyKey: string | null; success: boolean; now: number }) {
  await db
    .insertInto('recurring_charge_events')
    .values({ msn: e.msn, charge_id: e.chargeId, event: e.event, amount: e.amount, idempotency_key: e.idempotencyKey, success: e.success ? 1 : 0, created_at: e.now })
    .execute();
}

export async function insertChargeEvents(db: Queryable, rows: { msn: string; chargeId: string; event: ChargeEventName; amount: number; idempotencyKey: string | null; success: boolean; now: number }[]) {
  if (!rows.length) return;
  await db
    .insertInto('recurring_charge_events')
    .values(rows.map((e) => ({ msn: e.msn, charge_id: e.chargeId, event: e.event, amount: e.amount, idempotency_key: e.idempotencyKey, success: e.success ? 1 : 0, created_at: e.now })))
    .execute();
}

export async function listChargeEvents(db: Queryable, msn: string, chargeIds: string[]): Promise<Map<string, ChargeEvent[]>> {
  const out = new Map<string, ChargeEvent[]>(chargeIds.map((id) => [id, []]));
  if (!chargeIds.length) return out;
  const rows = await db.selectFrom('recurring_charge_events').selectAll().where('msn', '=', msn).where('charge_id', 'in', chargeIds).orderBy('id').execute();
  for (const r of rows) {
    out.get(r.charge_id)?.push({ event: r.event as ChargeEventName, amount: Number(r.amount), idempotencyKey: r.idempotency_key, success: r.success === 1, at: Number(r.created_at) });
  }
  return out;
}

/** How many charges (of one unit, or of all) are in each status. */
export async function countChargesByStatus(db: Queryable, msn?: string): Promise<Record<string, number>> {
  let q = db.selectFrom('recurring_charges').select(['status', db.fn.countAll<number>().as('n')]).groupBy('status');
  if (msn) q = q.where('msn', '=', msn);
  return Object.fromEntries((await q.execute()).map((r) => [r.status, Number(r.n)]));
}
