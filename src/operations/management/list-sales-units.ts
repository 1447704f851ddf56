// GET /management/v1/sales-units: the active units of active merchants the caller reaches.
import type { Actor } from '../../domain/access/actor.js';
import { seesActiveUnit, unitScope } from '../../domain/access/see-merchants.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Queryable } from '../../store/db.js';
import { listActiveUnits, type UnitView } from '../../store/units-repo.js';

export async function listSalesUnits(o: { db: Queryable; actor: Actor }): Promise<UnitView[]> {
  const rows = await listActiveUnits(o.db, unitScope(o.actor));
  return rows.filter((u) => seesActiveUnit(o.actor, unitFacts(u)));
}
