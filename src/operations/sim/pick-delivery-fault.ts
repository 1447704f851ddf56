// Which webhook fault rule, if any, hits a delivery: drawn once, before its first attempt.
import { ruleMatchesDelivery, type FaultRule } from '../../domain/sim/fault-rules.js';
import type { Queryable } from '../../store/db.js';
import { listFaultRules, takeFaultHit } from '../../store/fault-rules-repo.js';
import { findPartner } from '../../store/partners-repo.js';

export interface PickDeliveryFaultOptions {
  db: Queryable;
  msn: string;
  eventType: string;
  /** The partner whose webhook it is (a partner-level webhook), if any. */
  partnerId: string | null;
  random?: () => number;
}

export async function pickDeliveryFault(o: PickDeliveryFaultOptions): Promise<FaultRule | undefined> {
  const rules = (await listFaultRules(o.db)).filter((r) => r.kind.startsWith('webhook-'));
  if (!rules.length) return undefined;
  const partnerName = o.partnerId && rules.some((r) => r.partner !== null) ? ((await findPartner(o.db, o.partnerId))?.name ?? null) : null;
  const random = o.random ?? Math.random;
  for (const rule of rules) {
    if (!ruleMatchesDelivery(rule, { msn: o.msn, eventType: o.eventType, partnerId: o.partnerId, partnerName })) continue;
    if (rule.share < 1 && random() >= rule.share) continue;
    if (rule.remaining !== null && !(await takeFaultHit(o.db, rule.id))) continue;
    return rule;
  }
  return undefined;
}
