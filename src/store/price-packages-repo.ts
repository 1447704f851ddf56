import type { Queryable } from './db.js';

/** A partner's price packages, in a stable order. */
export function listPricePackages(db: Queryable, partnerId: string) {
  return db.selectFrom('price_packages').selectAll().where('partner_id', '=', partnerId).orderBy('name').orderBy('id').execute();
}
