// PATCH /management/v1/sales-units/{msn}: change a unit's name, logo or status, recording
// each change with who made it and when. Works on deactivated units too (to reactivate
// them); a unit of a deactivated merchant, or one the caller does not reach, is 404.
import { KIND_LABEL, type Actor } from '../../domain/access/actor.js';
import { reachesUnit, unitNotFound } from '../../domain/access/authorize-unit.js';
import { requireManage } from '../../domain/access/see-merchants.js';
import { planUnitChanges, type UnitPatch } from '../../domain/sales-units/plan-unit-changes.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Db } from '../../store/db.js';
import { findUnit } from '../../store/units-repo.js';
import { findUnitRow, insertUnitChanges, listUnitChanges, lockUnit, updateUnit } from '../../store/sales-units-repo.js';
import type { UnitWithChanges } from './get-sales-unit.js';

export async function updateSalesUnit(o: { db: Db; actor: Actor; msn: string; patch: UnitPatch; now: number }): Promise<UnitWithChanges> {
  requireManage(o.actor);
  return o.db.transaction().execute(async (tx) => {
    const unit = await findUnit(tx, o.msn);
    const facts = unit ? unitFacts(unit) : undefined;
    if (!unit || !facts || !reachesUnit(o.actor, facts) || !facts.merchantActive) throw unitNotFound(o.msn);
    await lockUnit(tx, o.msn, o.now);
    const row = (await findUnitRow(tx, o.msn))!;
    const plan = planUnitChanges({ name: row.name, logo: row.logo, status: row.status }, o.patch);
    if (plan.changes.length) {
      await updateUnit(tx, o.msn, { ...plan.set, updated_at: o.now });
      await insertUnitChanges(
        tx,
        plan.changes.map((c) => ({
          msn: o.msn,
          field: c.field,
          old_value: c.oldValue,
          new_value: c.newValue,
          key_set_id: o.actor.keySetId,
          key_kind: o.actor.kind,
          changed_by: `${o.actor.owner} (${KIND_LABEL[o.actor.kind].toLowerCase()})`,
          channel: 'Management API',
          at: o.now,
        })),
      );
    }
    return { unit: (await findUnit(tx, o.msn))!, changes: await listUnitChanges(tx, o.msn) };
  });
}
