// Merchants, with what the registry knows of them, and the facts about their sales units
// that decide who may see them.
import type { MerchantView, UnitView } from '../domain/merchants/merchant-views.js';
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';

export function findMerchantById(db: Queryable, id: string) {
  return db.selectFrom('merchants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A merchant as the Management API shows it: its row and what the registry knows. */
export type { MerchantView, UnitView };

function merchants(db: Queryable) {
  return db
    .selectFrom('merchants as m')
    .leftJoin('registry_organisations as r', 'r.orgno', 'm.orgno')
    .select(['m.id', 'm.orgno', 'm.name', 'm.status', 'm.created_at', 'm.updated_at', 'r.business_address', 'r.postal_address']);
}

function units(db: Queryable) {
  return db
    .selectFrom('sales_units as u')
    .innerJoin('merchants as m', 'm.id', 'u.merchant_id')
    .select([
      'u.msn',
      'u.name',
      'u.status',
      'u.merchant_id',
      'm.status as merchant_status',
      'm.orgno',
      'u.partner_id',
      'u.capture_type',
      'u.skip_landing_page',
      'u.recurring_allowed',
      'u.payment_allowed',
    ]);
}

/**
 * A merchant by org number with all its sales units, in one query: a merchant that does
 * not exist and one the caller may not see cost the same work.
 */
export async function findMerchantWithUnits(db: Queryable, orgno: string): Promise<{ merchant: MerchantView; units: UnitView[] } | undefined> {
  const [merchant, unitRows] = await Promise.all([merchants(db).where('m.orgno', '=', orgno).executeTakeFirst(), units(db).where('m.orgno', '=', orgno).orderBy('u.msn').execute()]);
  return merchant ? { merchant, units: unitRows } : undefined;
}

export type UnitScope = { partnerId: string } | { merchantId: string } | { msn: string };

/** The active sales units of active merchants in a caller's scope. */
export function listActiveUnits(db: Queryable, scope: UnitScope): Promise<UnitView[]> {
  let q = units(db).where('u.status', '=', 'ACTIVE').where('m.status', '=', 'ACTIVE');
  if ('partnerId' in scope) q = q.where('u.partner_id', '=', scope.partnerId);
  else if ('merchantId' in scope) q = q.where('u.merchant_id', '=', scope.merchantId);
  else q = q.where('u.msn', '=', scope.msn);
  return q.orderBy('u.msn').execute();
}

/** The merchants in a caller's scope: those with an active unit connected to a partner, or the merchant itself. */
export function listMerchantsInScope(db: Queryable, scope: { partnerId: string } | { merchantId: string }): Promise<MerchantView[]> {
  if ('merchantId' in scope) return merchants(db).where('m.id', '=', scope.merchantId).execute();
  return merchants(db)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('sales_units as u')
          .select('u.msn')
          .whereRef('u.merchant_id', '=', 'm.id')
          .where('u.partner_id', '=', scope.partnerId)
          .where('u.status', '=', 'ACTIVE'),
      ),
    )
    .orderBy('m.name')
    .orderBy('m.orgno')
    .execute();
}

const unitByMsn = cachedRead(
  prepared((db, msn: string) => units(db).where('u.msn', '=', msn), 1),
  ['sales_units', 'merchants'],
);

export function findUnit(db: Queryable, msn: string): Promise<UnitView | undefined> {
  return unitByMsn.first(db, msn);
}
