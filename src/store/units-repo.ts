// The one read model of a sales unit: its row with its merchant's status and org number
// (UnitView). The payment APIs' access facts, the Management API's views and the pages all
// read a unit through here, one query and one cached read by MSN.
import type { UnitView } from '../domain/merchants/merchant-views.js';
import { unitFactsOf, type UnitFacts } from '../domain/sales-units/unit-facts.js';
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';

export type { UnitFacts, UnitView };

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
      'u.long_living_allowed',
    ]);
}

// Read on every API request that names an MSN: kept in memory between changes to the tables.
const unitByMsn = cachedRead(
  prepared((db, msn: string) => units(db).where('u.msn', '=', msn), 1),
  ['sales_units', 'merchants'],
);

export function findUnit(db: Queryable, msn: string): Promise<UnitView | undefined> {
  return unitByMsn.first(db, msn);
}

/** What the payment, Recurring, Login and webhook APIs act on. */
export async function findUnitFacts(db: Queryable, msn: string): Promise<UnitFacts | undefined> {
  const unit = await unitByMsn.first(db, msn);
  return unit && unitFactsOf(unit);
}

/** The sales units of the merchant with this org number. */
export function listUnitsOfOrg(db: Queryable, orgno: string): Promise<UnitView[]> {
  return units(db).where('m.orgno', '=', orgno).orderBy('u.msn').execute();
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

/** Names of sales units, for pages that list payments of several units. */
export async function unitNames(db: Queryable, msns: string[]): Promise<Map<string, string>> {
  if (!msns.length) return new Map();
  const rows = await db.selectFrom('sales_units').select(['msn', 'name']).where('msn', 'in', [...new Set(msns)]).execute();
  return new Map(rows.map((r) => [r.msn, r.name]));
}
