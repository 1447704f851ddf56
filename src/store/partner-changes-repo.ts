// Partner changes of sales units, moved through their steps by compare-and-set updates so
// two operators (or nodes) can never both take one step; and each unit's history.
import type { Queryable } from './db.js';
import type { PartnerChangeRow, SalesUnitHistoryRow } from './tables/portal-access.js';

export async function insertPartnerChange(db: Queryable, row: PartnerChangeRow): Promise<void> {
  await db.insertInto('partner_changes').values(row).execute();
}

/** A partner change with the names people read. */
function withNames(db: Queryable) {
  return db
    .selectFrom('partner_changes as c')
    .innerJoin('sales_units as s', 's.msn', 'c.msn')
    .innerJoin('merchants as m', 'm.id', 's.merchant_id')
    .innerJoin('partners as t', 't.id', 'c.to_partner_id')
    .leftJoin('partners as f', 'f.id', 'c.from_partner_id')
    .innerJoin('persons as r', 'r.nin', 'c.requested_by')
    .selectAll('c')
    .select([
      's.name as unit_name',
      's.partner_id as unit_partner_id',
      'm.name as merchant_name',
      'm.contact_email as merchant_email',
      't.name as to_partner_name',
      't.contact_email as to_partner_email',
      'f.name as from_partner_name',
      'f.contact_email as from_partner_email',
      'r.first_name as requester_first_name',
      'r.last_name as requester_last_name',
      'r.email as requester_email',
    ]);
}

export type PartnerChangeView = NonNullable<Awaited<ReturnType<typeof findPartnerChange>>>;

export function findPartnerChange(db: Queryable, id: string) {
  return withNames(db).where('c.id', '=', id).executeTakeFirst();
}

export function listPartnerChangesOfMerchant(db: Queryable, orgno: string) {
  return withNames(db).where('c.orgno', '=', orgno).orderBy('c.requested_at', 'desc').orderBy('c.id').execute();
}

/** Open requests first, oldest first; then closed ones, newest first. */
export async function listAllPartnerChanges(db: Queryable, limit: number) {
  const open = await withNames(db).where('c.open_msn', 'is not', null).orderBy('c.requested_at').orderBy('c.id').execute();
  const closed = await withNames(db).where('c.open_msn', 'is', null).orderBy('c.closed_at', 'desc').orderBy('c.id').limit(limit).execute();
  return { open, closed };
}

/** Takes a step if the change is still in one of `from`; returns whether it did. */
export async function movePartnerChange(db: Queryable, o: { id: string; from: readonly string[]; set: Partial<Omit<PartnerChangeRow, 'id'>> & { status: string; updated_at: number } }): Promise<boolean> {
  const r = await db.updateTable('partner_changes').set(o.set).where('id', '=', o.id).where('status', 'in', [...o.from]).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Connects the unit to `to` if it is still connected to `from`; returns whether it did. */
export async function switchUnitPartner(db: Queryable, o: { msn: string; from: string | null; to: string; now: number }): Promise<boolean> {
  const r = await db
    .updateTable('sales_units')
    .set({ partner_id: o.to, updated_at: o.now })
    .where('msn', '=', o.msn)
    .where('partner_id', o.from === null ? 'is' : '=', o.from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertUnitHistory(db: Queryable, row: Omit<SalesUnitHistoryRow, 'id'>): Promise<void> {
  await db.insertInto('sales_unit_history').values(row).execute();
}

export function listUnitHistory(db: Queryable, msn: string) {
  return db.selectFrom('sales_unit_history').selectAll().where('msn', '=', msn).orderBy('id').execute();
}

export function listPartners(db: Queryable) {
  return db.selectFrom('partners').select(['id', 'name', 'level', 'type']).orderBy('name').execute();
}

/** The product orders a partner made for an organisation: evidence of its order for a unit. */
export function productOrdersOfPartnerFor(db: Queryable, partnerId: string, orgno: string) {
  return db
    .selectFrom('product_orders')
    .select(['id', 'product_type', 'status', 'created_at', 'sales_unit_name'])
    .where('partner_id', '=', partnerId)
    .where('orgno', '=', orgno)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}
