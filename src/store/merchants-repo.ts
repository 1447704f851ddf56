// Merchants, with what the registry knows of them, and the facts about their sales units
// that decide who may see them.
import type { Queryable } from './db.js';

export function findMerchantById(db: Queryable, id: string) {
  return db.selectFrom('merchants').selectAll().where('id', '=', id).executeTakeFirst();
}
