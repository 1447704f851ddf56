// The sales unit a payment call (ePayment, Recurring, eCom, Webhooks, ...) acts for, once
// the caller may act for it. Every payment API authorizes through here, inside the
// operation, so the rule lives in one place.
import { authorizeUnit, msnForPayment } from '../../domain/access/authorize-unit.js';
import type { Actor, Capability } from '../../domain/access/actor.js';
import type { Queryable } from '../../store/db.js';
import { findUnitFacts, type UnitFacts } from '../../store/units-repo.js';

export interface ActingUnitOptions {
  db: Queryable;
  actor: Actor;
  /** What the call does at the unit; payment APIs move money ('pay'). */
  capability?: Capability;
  /** Told the MSN as soon as it is known, before authorization (request log, API quality). */
  onMsn?: (msn: string) => void;
}

export async function actingUnit(o: ActingUnitOptions): Promise<UnitFacts> {
  const msn = msnForPayment(o.actor);
  o.onMsn?.(msn);
  const unit = await findUnitFacts(o.db, msn);
  authorizeUnit({ actor: o.actor, msn, unit, capability: o.capability ?? 'pay' });
  return unit!;
}
