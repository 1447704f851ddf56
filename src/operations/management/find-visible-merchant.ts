// A merchant the caller may see, with the sales units of it the caller may see.
import type { Actor } from '../../domain/access/actor.js';
import { merchantNotFound, seesActiveUnit, seesMerchant } from '../../domain/access/see-merchants.js';
import { parseBusinessIdentifier } from '../../domain/merchants/parse-business-identifier.js';
import { unitFacts } from '../../domain/sales-units/unit-facts.js';
import type { Queryable } from '../../store/db.js';
import { findMerchantWithUnits, type MerchantView, type UnitView } from '../../store/merchants-repo.js';

export async function findVisibleMerchant(o: { db: Queryable; actor: Actor; scheme: string; id: string }): Promise<{ merchant: MerchantView; units: UnitView[] }> {
  const orgno = parseBusinessIdentifier(o.scheme, o.id);
  const found = await findMerchantWithUnits(o.db, orgno);
  const facts = found?.units.map(unitFacts) ?? [];
  if (!found || !seesMerchant(o.actor, found.merchant, facts)) throw merchantNotFound(o.scheme, o.id);
  return { merchant: found.merchant, units: found.units.filter((u) => seesActiveUnit(o.actor, unitFacts(u))) };
}
