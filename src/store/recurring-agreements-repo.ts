// Recurring agreements. Every change of status is one conditional UPDATE whose WHERE
// clause names the status it leaves: when no row matches, someone else moved it first.
import type { Agreement, AgreementStatus, Campaign, InitialCharge, IntervalUnit } from '../domain/recurring/agreement.js';
import type { Queryable } from './db.js';
import type { RecurringAgreementRow } from './tables/recurring.js';

const num = (v: number | string | null) => (v === null ? null : Number(v));

export function toAgreement(r: RecurringAgreementRow): Agreement {
  return {
    id: r.id,
    uuid: r.uuid,
    msn: r.msn,
    status: r.status as AgreementStatus,
    pricingType: r.pricing_type as Agreement['pricingType'],
    currency: r.currency,
    amount: num(r.amount),
    suggestedMaxAmount: num(r.suggested_max_amount),
    maxAmount: num(r.max_amount),
    interval: { unit: r.interval_unit as IntervalUnit, count: Number(r.interval_count) },
    productName: r.product_name,
    productDescription: r.product_description,
    merchantAgreementUrl: r.merchant_agreement_url,
    merchantRedirectUrl: r.merchant_redirect_url,
    phoneNumber: r.phone_number,
    payerPhone: r.payer_phone,
    scope: r.scope,
    sub: r.sub,
    externalId: r.external_id,
    campaign: r.campaign ? (JSON.parse(r.campaign) as Campaign) : null,
    initialCharge: r.initial_charge ? (JSON.parse(r.initial_charge) as InitialCharge) : null,
    initialChargeId: r.initial_charge_id,
    skipLandingPage: r.skip_landing_page === 1,
    isApp: r.is_app === 1,
    confirmationToken: r.confirmation_token,
    createdAt: Number(r.created_at),
    startAt: num(r.start_at),
    stopAt: num(r.stop_at),
    expiresAt: Number(r.expires_at),
    updatedAt: Number(r.updated_at),
  };
}

const one = (r: RecurringAgreementRow | undefined) => (r ? toAgreement(r) : undefined);

export async function insertAgreement(db: Queryable, row: RecurringAgreementRow): Promise<void> {
  await db.insertInto('recurring_agreements').values(row).execute();
}

export async function findAgreement(db: Queryable, msn: string, id: string): Promise<Agreement | undefined> {
  return one(await db.selectFrom('recurring_agreements').selectAll().where('id', '=', id).where('msn', '=', msn).executeTakeFirst());
}

export async function findAgreementById(db: Queryable, id: string): Promise<Agreement | undefined> {
  return one(await db.selectFrom('recurring_agreements').selectAll().where('id', '=', id).executeTakeFirst());
}

/** Agreements by id, for work on many charges at once. */
export async function findAgreementsByIds(db: Queryable, ids: string[]): Promise<Map<string, Agreement>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('recurring_agreements').selectAll().where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, toAgreement(r)]));
}

export async function findAgreementByToken(db: Queryable, token: string): Promise<Agreement | undefined> {
  return one(await db.selectFrom('recurring_agreements').selectAll().where('confirmation_token', '=', token).executeTakeFirst());
}

/** One page of a unit's agreements in one status, oldest first, created after `createdAfter`. */
export async function listAgreements(
  db: Queryable,
  o: { msn: string; status: AgreementStatus; createdAfter?: number; afterId?: string; after?: { createdAt: number; id: string }; limit: number },
): Promise<Agreement[]> {
  let q = db.selectFrom('recurring_agreements').selectAll().where('msn', '=', o.msn).where('status', '=', o.status);
  if (o.createdAfter !== undefined) q = q.where('created_at', '>', o.createdAfter);
  if (o.afterId !== undefined) q = q.where('id', '>', o.afterId);
  // After one agreement in (created_at, id) order: where a Continuation-Token left off.
  const after = o.after;
  if (after) q = q.where((eb) => eb.or([eb('created_at', '>', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '>', after.id)])]));
  return (await q.orderBy('created_at').orderBy('id').limit(o.limit).execute()).map(toAgreement);
}

/** The newest agreements of a unit (or of all units), for the inspector and the portal. */
export async function listRecentAgreements(db: Queryable, o: { msn?: string; limit: number }): Promise<Agreement[]> {
  let q = db.selectFrom('recurring_agreements').selectAll().orderBy('created_at', 'desc').limit(o.limit);
  if (o.msn) q = q.where('msn', '=', o.msn);
  return (await q.execute()).map(toAgreement);
}

/** A payer's agreements in the app. */
export async function listAgreementsOfPayer(db: Queryable, phone: string, statuses: AgreementStatus[]): Promise<Agreement[]> {
  return (
    await db.selectFrom('recurring_agreements').selectAll().where('payer_phone', '=', phone).where('status', 'in', statuses).orderBy('created_at', 'desc').limit(100).execute()
  ).map(toAgreement);
}

/** PENDING → ACTIVE while not expired: the payer accepted. */
export async function activateAgreementRow(db: Queryable, o: { id: string; now: number; payerPhone: string; sub: string | null; maxAmount: number | null }) {
  return one(
    await db
      .updateTable('recurring_agreements')
      .set({ status: 'ACTIVE', start_at: o.now, payer_phone: o.payerPhone, sub: o.sub, max_amount: o.maxAmount, updated_at: o.now })
      .where('id', '=', o.id)
      .where('status', '=', 'PENDING')
      .where('expires_at', '>', o.now)
      .returningAll()
      .executeTakeFirst(),
  );
}

/** PENDING → STOPPED (rejected) or EXPIRED; ACTIVE → STOPPED. */
export async function endAgreementRow(db: Queryable, o: { id: string; now: number; from: AgreementStatus[]; to: 'STOPPED' | 'EXPIRED'; payerPhone?: string; timeUp?: boolean }) {
  let q = db
    .updateTable('recurring_agreements')
    .set({ status: o.to, stop_at: o.now, updated_at: o.now, ...(o.payerPhone ? { payer_phone: o.payerPhone } : {}) })
    .where('id', '=', o.id)
    .where('status', 'in', o.from);
  if (o.timeUp) q = q.where('expires_at', '<=', o.now);
  return one(await q.returningAll().executeTakeFirst());
}

export async function updateAgreementFields(
  db: Queryable,
  o: { id: string; now: number; fields: Partial<Pick<RecurringAgreementRow, 'product_name' | 'product_description' | 'merchant_agreement_url' | 'external_id' | 'amount' | 'suggested_max_amount' | 'interval_unit' | 'interval_count'>> },
) {
  return one(
    await db
      .updateTable('recurring_agreements')
      .set({ ...o.fields, updated_at: o.now })
      .where('id', '=', o.id)
      .where('status', 'in', ['PENDING', 'ACTIVE'])
      .returningAll()
      .executeTakeFirst(),
  );
}

export async function setInitialChargeId(db: Queryable, id: string, chargeId: string): Promise<void> {
  await db.updateTable('recurring_agreements').set({ initial_charge_id: chargeId }).where('id', '=', id).execute();
}

/** Ids of PENDING agreements whose time ran out. */
export async function listDueAgreementExpiries(db: Queryable, now: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('recurring_agreements').select('id').where('status', '=', 'PENDING').where('expires_at', '<=', now).orderBy('expires_at').limit(limit).execute();
  return rows.map((r) => r.id);
}
