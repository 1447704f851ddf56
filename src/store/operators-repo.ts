// Back-office operators.
import type { Queryable } from './db.js';
import type { OperatorRow } from './tables/foundation.js';

/** An operator as pages show them; the password hash stays in the store. */
export type Operator = Omit<OperatorRow, 'password_hash'>;

export function findOperator(db: Queryable, id: string): Promise<Operator | undefined> {
  return db.selectFrom('operators').select(['id', 'username', 'name', 'email']).where('id', '=', id).executeTakeFirst();
}

export function findOperatorByUsername(db: Queryable, username: string): Promise<OperatorRow | undefined> {
  return db.selectFrom('operators').selectAll().where('username', '=', username).executeTakeFirst();
}
