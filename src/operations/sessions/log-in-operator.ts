// An operator's log-in: the operator whose username and password these are, or nothing
// (the same answer for an unknown username and a wrong password).
import { verifyPassword } from '../../security/password.js';
import type { Queryable } from '../../store/db.js';
import { findOperatorByUsername, type Operator } from '../../store/operators-repo.js';

export async function logInOperator(o: { db: Queryable; username: string; password: string }): Promise<Operator | undefined> {
  const row = o.username ? await findOperatorByUsername(o.db, o.username) : undefined;
  if (!row || !verifyPassword(o.password, row.password_hash)) return undefined;
  const { password_hash: _hash, ...operator } = row;
  return operator;
}
