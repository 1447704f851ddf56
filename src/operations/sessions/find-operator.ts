// The operator a back-office session belongs to, as the back office shows them.
import type { Queryable } from '../../store/db.js';
import { findOperator as findOperatorRow } from '../../store/operators-repo.js';

export interface Operator {
  id: string;
  username: string;
  name: string;
  email: string;
}

export async function findOperator(o: { db: Queryable; id: string }): Promise<Operator | undefined> {
  const row = await findOperatorRow(o.db, o.id);
  return row && { id: row.id, username: row.username, name: row.name, email: row.email };
}
