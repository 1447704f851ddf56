// Removes one fault rule by id, or all of them.
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { clearFaultRules, deleteFaultRule } from '../../store/fault-rules-repo.js';

export interface RemoveFaultRulesOptions {
  db: Queryable;
  /** Undefined: every rule. */
  id?: string;
}

/** How many rules went. */
export async function removeFaultRules(o: RemoveFaultRulesOptions): Promise<number> {
  if (o.id === undefined) return clearFaultRules(o.db);
  if (!(await deleteFaultRule(o.db, o.id))) throw notFound(`There is no fault rule ${o.id}. GET /_sim/faults lists them.`);
  return 1;
}
