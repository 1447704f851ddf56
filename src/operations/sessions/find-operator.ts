// The operator a back-office session belongs to.
import type { Queryable } from '../../store/db.js';
import { findOperator as findOperatorRow, type Operator } from '../../store/operators-repo.js';

export type { Operator };

export function findOperator(o: { db: Queryable; id: string }): Promise<Operator | undefined> {
  return findOperatorRow(o.db, o.id);
}
