// What the payment and webhook APIs need to know about a sales unit: access facts and
// the name the payer sees.
import type { UnitAccessFacts } from '../domain/access/authorize-unit.js';
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';

export interface UnitFacts extends UnitAccessFacts {
  name: string;
  /** The unit's permissions that payments consult (see domain/payments/unit-permissions.ts). */
  captureType: string;
  skipLandingPage: boolean;
  longLivingAllowed: boolean;
  /** The unit may use the Recurring API. */
  recurringAllowed: boolean;
  /** The unit may send payment requests straight to the app (skipLandingPage). */
  skipLandingPageAllowed: boolean;
}

const factsOf = cachedRead(
  prepared(
    (db, msn: string) =>
      db
        .selectFrom('sales_units as u')
        .innerJoin('merchants as m', 'm.id', 'u.merchant_id')
        .select(['u.msn', 'u.name', 'u.merchant_id', 'u.partner_id', 'u.status', 'u.payment_allowed', 'u.recurring_allowed', 'u.capture_type', 'u.skip_landing_page', 'u.long_living_allowed', 'm.status as merchant_status'])
        .where('u.msn', '=', msn),
    1,
  ),
  ['sales_units', 'merchants'],
);

export async function findUnitFacts(db: Queryable, msn: string): Promise<UnitFacts | undefined> {
  const row = await factsOf.first(db, msn);
  if (!row) return undefined;
  return {
    msn: row.msn,
    name: row.name,
    merchantId: row.merchant_id,
    partnerId: row.partner_id,
    unitActive: row.status === 'ACTIVE',
    merchantActive: row.merchant_status === 'ACTIVE',
    paymentAllowed: row.payment_allowed === 1,
    captureType: row.capture_type,
    skipLandingPage: row.skip_landing_page === 1,
    longLivingAllowed: row.long_living_allowed === 1,
    recurringAllowed: row.recurring_allowed === 1,
    skipLandingPageAllowed: row.skip_landing_page === 1,
  };
}

/** Names of sales units, for pages that list payments of several units. */
export async function unitNames(db: Queryable, msns: string[]): Promise<Map<string, string>> {
  if (!msns.length) return new Map();
  const rows = await db.selectFrom('sales_units').select(['msn', 'name']).where('msn', 'in', [...new Set(msns)]).execute();
  return new Map(rows.map((r) => [r.msn, r.name]));
}
