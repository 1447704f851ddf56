// What approval writes (merchants, sales units) and what the portal shows of them.
import type { Queryable } from './db.js';
import type { MerchantRow, SalesUnitRow } from './tables/foundation.js';

export function merchantOfOrg(db: Queryable, orgno: string) {
  return db.selectFrom('merchants').selectAll().where('orgno', '=', orgno).executeTakeFirst();
}

export function merchantsOfOrgs(db: Queryable, orgnos: string[]) {
  if (!orgnos.length) return Promise.resolve([]);
  return db.selectFrom('merchants').selectAll().where('orgno', 'in', orgnos).execute();
}

/** Inserts the merchant unless one exists for the org number (then nothing changes). */
export async function addMerchantIfMissing(db: Queryable, row: MerchantRow): Promise<void> {
  await db.insertInto('merchants').values(row).onConflict((oc) => oc.column('orgno').doNothing()).execute();
}

export async function msnTaken(db: Queryable, msn: string): Promise<boolean> {
  return !!(await db.selectFrom('sales_units').select('msn').where('msn', '=', msn).executeTakeFirst());
}

export async function addSalesUnit(db: Queryable, row: SalesUnitRow): Promise<void> {
  await db.insertInto('sales_units').values(row).execute();
}

/** The sales units of these merchants, with their partner's name. */
export function unitsOfMerchants(db: Queryable, merchantIds: string[]) {
  if (!merchantIds.length) return Promise.resolve([]);
  return db
    .selectFrom('sales_units as u')
    .leftJoin('partners as p', 'p.id', 'u.partner_id')
    .select(['u.msn', 'u.name', 'u.merchant_id', 'u.status', 'u.product_type', 'u.partner_id', 'p.name as partner_name'])
    .where('u.merchant_id', 'in', merchantIds)
    .orderBy('u.name')
    .execute();
}

/** What decides whether a caller reaches a unit (see domain/access/authorize-unit.ts). */
export function unitAccessRow(db: Queryable, msn: string) {
  return db
    .selectFrom('sales_units as u')
    .innerJoin('merchants as m', 'm.id', 'u.merchant_id')
    .select(['u.msn', 'u.merchant_id', 'u.partner_id', 'u.status', 'm.status as merchant_status', 'u.payment_allowed'])
    .where('u.msn', '=', msn)
    .executeTakeFirst();
}

export function listPartners(db: Queryable) {
  return db.selectFrom('partners').select(['id', 'name', 'contact_name', 'contact_email']).orderBy('name').execute();
}

export function findPartnerContact(db: Queryable, id: string) {
  return db.selectFrom('partners').select(['id', 'name', 'contact_name', 'contact_email']).where('id', '=', id).executeTakeFirst();
}

/** Price packages a merchant may pick in the signup form, for one product. */
export function signupPackages(db: Queryable, productType: string) {
  return db
    .selectFrom('price_packages as pp')
    .innerJoin('partners as p', 'p.id', 'pp.partner_id')
    .select(['pp.id', 'pp.name', 'pp.description', 'pp.partner_id', 'p.name as partner_name'])
    .where('pp.product_type', '=', productType)
    .where('pp.visible_in_signup', '=', 1)
    .orderBy('p.name')
    .orderBy('pp.name')
    .execute();
}

export function findPricePackage(db: Queryable, id: string) {
  return db.selectFrom('price_packages').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Product orders of these organisations that were not withdrawn, newest first. */
export function ordersOfOrgs(db: Queryable, orgnos: string[]) {
  if (!orgnos.length) return Promise.resolve([]);
  return db
    .selectFrom('product_orders as o')
    .leftJoin('partners as p', 'p.id', 'o.partner_id')
    .select(['o.id', 'o.orgno', 'o.product_type', 'o.status', 'o.source', 'o.sales_unit_name', 'o.msn', 'o.invalid', 'o.created_at', 'o.partner_id', 'p.name as partner_name'])
    .where('o.orgno', 'in', orgnos)
    .where('o.deleted_at', 'is', null)
    .orderBy('o.created_at', 'desc')
    .orderBy('o.id')
    .execute();
}

/** A merchant whose agreement was approved is active (again). */
export async function activateMerchant(db: Queryable, orgno: string, now: number): Promise<void> {
  await db.updateTable('merchants').set({ status: 'ACTIVE', updated_at: now }).where('orgno', '=', orgno).execute();
}
