// GET /management/v1/sales-units/{msn}: one active unit of an active merchant that the
// caller reaches, with its changelog. Anything else is 404, the same as no such unit.
import type { Actor } from '../../domain/access/actor.js';
import { unitNotFound } from '../../domain/access/authorize-unit.js';
import { requireManage, seesActiveUnit } from '../../domain/access/see-merchants.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Queryable } from '../../store/db.js';
import { findUnit, type UnitView } from '../../store/units-repo.js';
import { listUnitChanges } from '../../store/sales-units-repo.js';

export interface UnitWithChanges { unit: UnitView; changes: Awaited<ReturnType<typeof listUnitChanges>> }

export async function getSalesUnit(o: { db: Queryable; actor: Actor; msn: string }): Promise<UnitWithChanges> {
  requireManage(o.actor);
  // Both reads happen whether or not the caller may see the unit: no timing tells.
  const [unit, changes] = await Promise.all([findUnit(o.db, o.msn), listUnitChanges(o.db, o.msn)]);
  if (!unit || !seesActiveUnit(o.actor, unitFacts(unit))) throw unitNotFound(o.msn);
  return { unit, changes };
}
