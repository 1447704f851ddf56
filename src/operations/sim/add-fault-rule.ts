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

export async function addFaultRule(o: AddFaultRuleOptions): Promise<FaultRule> {
  const rule: FaultRule = { id: `f-${randomBytes(5).toString('hex')}`, createdAt: o.now, ...faultRuleFromInput(o.input) };
  await insertFaultRule(o.store.db, rule);
  return rule;
}
