import type { Queryable } from './db.js';

export function findPartner(db: Queryable, id: string) {
  return db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
}
