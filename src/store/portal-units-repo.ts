// A merchant's sales units as the portal shows them: partner and the unit's own API keys.
import type { Queryable } from './db.js';

function unitsWithKeys(db: Queryable) {
  return db
    .selectFrom('sales_units as s')
    .leftJoin('partners as p', 'p.id', 's.partner_id')
    .leftJoin('key_sets as k', (j) => j.onRef('k.msn', '=', 's.msn').on('k.kind', '=', 'merchant'))
    .select(['s.msn', 's.name', 's.status', 's.merchant_id', 's.partner_id', 'p.name as partner_name', 'k.id as key_set_id', 'k.updated_at as keys_updated_at']);
}

export type PortalUnit = Awaited<ReturnType<typeof listUnitsOfMerchant>>[number];

export function listUnitsOfMerchant(db: Queryable, merchantId: string) {
  return unitsWithKeys(db).where('s.merchant_id', '=', merchantId).orderBy('s.name').orderBy('s.msn').execute();
}

export function findUnitOfMerchant(db: Queryable, merchantId: string, msn: string) {
  return unitsWithKeys(db).where('s.merchant_id', '=', merchantId).where('s.msn', '=', msn).executeTakeFirst();
}

/** The unit's own (merchant) key set. */
export function findMerchantKeySet(db: Queryable, msn: string) {
  return db.selectFrom('key_sets').selectAll().where('kind', '=', 'merchant').where('msn', '=', msn).executeTakeFirst();
}

/**
 * Takes the unit's row lock (a no-op update) so concurrent changes to its keys on several
 * nodes happen one after the other.
 */
export async function lockUnitRow(db: Queryable, msn: string): Promise<void> {
  await db.updateTable('sales_units').set((eb) => ({ updated_at: eb.ref('updated_at') })).where('msn', '=', msn).execute();
}
