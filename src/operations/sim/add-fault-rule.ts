// Adds a fault rule (simulation API, CLI); every node applies it from the next request.
import { randomBytes } from 'node:crypto';
import { faultRuleFromInput, type FaultRuleInput } from '../../domain/sim/fault-rule-input.js';
import type { FaultRule } from '../../domain/sim/fault-rules.js';
import type { Store } from '../../store/db.js';
import { insertFaultRule } from '../../store/fault-rules-repo.js';

export interface AddFaultRuleOptions {
  store: Store;
  input: FaultRuleInput;
  now: number;
}

/** The last rule's time on this node: rules are applied in the order added, and two added within one millisecond must keep it. */
let lastCreatedAt = 0;

export async function addFaultRule(o: AddFaultRuleOptions): Promise<FaultRule> {
  lastCreatedAt = Math.max(o.now, lastCreatedAt + 1);
  const rule: FaultRule = { id: `f-${randomBytes(5).toString('hex')}`, createdAt: lastCreatedAt, ...faultRuleFromInput(o.input) };
  await insertFaultRule(o.store.db, rule);
  return rule;
}
