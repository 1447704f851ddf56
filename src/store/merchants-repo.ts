// Merchants, with what the registry knows of them; their sales units are read through
// units-repo.ts.
import type { MerchantView, UnitView } from '../domain/merchants/merchant-views.js';
import type { Queryable } from './db.js';
import { listUnitsOfOrg } from './units-repo.js';

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

/**
 * A merchant by org number with all its sales units, in one query: a merchant that does
 * not exist and one the caller may not see cost the same work.
 */
export async function findMerchantWithUnits(db: Queryable, orgno: string): Promise<{ merchant: MerchantView; units: UnitView[] } | undefined> {
  const [merchant, unitRows] = await Promise.all([merchants(db).where('m.orgno', '=', orgno).executeTakeFirst(), listUnitsOfOrg(db, orgno)]);
  return merchant ? { merchant, units: unitRows } : undefined;
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
