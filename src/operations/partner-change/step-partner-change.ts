// Takes one step of an open partner change (withdraw, record the new partner's order,
// decline), with its line in the unit's history. Compare-and-set: of two people taking a
// step at once, one wins and the other is told what happened.
import { conflict, notFound } from '../../domain/errors.js';
import { partnerChangeStepRefusal, PARTNER_CHANGE_STEP_FROM } from '../../domain/partner-change/partner-change-status.js';
import type { Tx } from '../../store/db.js';
import { findPartnerChange, insertUnitHistory, movePartnerChange, type PartnerChangeView } from '../../store/partner-changes-repo.js';
import type { PartnerChangeRow } from '../../store/tables/portal-access.js';

export type PartnerChangeStep = keyof typeof PARTNER_CHANGE_STEP_FROM;

export async function stepPartnerChange(
  tx: Tx,
  o: {
    id: string;
    step: PartnerChangeStep;
    /** Extra checks on the change before the step (who may take it). */
    guard?: (c: PartnerChangeView) => void | Promise<void>;
    set: Partial<PartnerChangeRow>;
    history: { event: string; detail: (c: PartnerChangeView) => string; actor: string };
    now: number;
  },
): Promise<PartnerChangeView> {
  const change = await findPartnerChange(tx, o.id);
  if (!change) throw notFound('There is no such partner change.');
  await o.guard?.(change);
  const refusal = partnerChangeStepRefusal(o.step, change.status);
  if (refusal) throw conflict(refusal);
  const closes = o.step !== 'ORDER_RECEIVED';
  const moved = await movePartnerChange(tx, {
    id: o.id,
    from: PARTNER_CHANGE_STEP_FROM[o.step],
    set: { ...o.set, status: o.step, updated_at: o.now, ...(closes ? { open_msn: null, closed_at: o.now } : {}) },
  });
  if (!moved) throw conflict('Someone else changed this partner change a moment ago. Reload the page to see where it stands.');
  await insertUnitHistory(tx, { msn: change.msn, event: o.history.event, detail: o.history.detail(change), actor: o.history.actor, at: o.now });
  return change;
}
