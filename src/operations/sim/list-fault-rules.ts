// The fault rules in force, oldest first (the order they are tried in).
import type { FaultRule } from '../../domain/sim/fault-rules.js';
import type { Queryable } from '../../store/db.js';
import { listFaultRules } from '../../store/fault-rules-repo.js';

export interface ListFaultRulesOptions {
  db: Queryable;
}

export async function listFaultRulesOf(o: ListFaultRulesOptions): Promise<FaultRule[]> {
  return listFaultRules(o.db);
}
