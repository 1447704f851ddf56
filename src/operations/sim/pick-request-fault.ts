// Which fault rule, if any, hits this API request: the first rule that matches, drawn by its
// share, with one of its remaining hits taken (so `times` holds across nodes).
import { ruleMatchesRequest, type FaultRule, type FaultTarget } from '../../domain/sim/fault-rules.js';
import type { Queryable } from '../../store/db.js';
import { listFaultRules, takeFaultHit } from '../../store/fault-rules-repo.js';

export interface PickRequestFaultOptions {
  db: Queryable;
  target: FaultTarget;
  /** A number in [0, 1); Math.random by default. */
  random?: () => number;
}

export async function pickRequestFault(o: PickRequestFaultOptions): Promise<FaultRule | undefined> {
  const rules = await listFaultRules(o.db);
  if (!rules.length) return undefined;
  const random = o.random ?? Math.random;
  for (const rule of rules) {
    if (!ruleMatchesRequest(rule, o.target)) continue;
    if (rule.share < 1 && random() >= rule.share) continue;
    if (rule.remaining !== null && !(await takeFaultHit(o.db, rule.id))) continue;
    return rule;
  }
  return undefined;
}
