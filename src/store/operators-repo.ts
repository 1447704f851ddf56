// Back-office operators (seeded from the world file).
import type { Queryable } from './db.js';

export function findOperatorByUsername(db: Queryable, username: string) {
  return db.selectFrom('operators').select(['id', 'username', 'password_hash']).where('username', '=', username).executeTakeFirst();
}
