// The merchant's sales units that a person's access covers.
import { coversUnit } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { listUnitsOfMerchant } from '../../store/portal-units-repo.js';
import { portalUnitOf, type PortalUnit } from './portal-unit.js';
import type { CompanyAccess } from './access-of-person.js';
import { lockedOwnPartner } from './own-partner-units.js';

export type { PortalUnit };

export interface ListCoveredUnitsOptions {
  db: Queryable;
  access: CompanyAccess;
}

export async function listCoveredUnits(o: ListCoveredUnitsOptions): Promise<PortalUnit[]> {
  if (!o.access.merchantId) return [];
  const locked = await lockedOwnPartner(o.db, o.access.orgno);
  return (await listUnitsOfMerchant(o.db, o.access.merchantId)).filter((u) => coversUnit(o.access, u.msn) && !(locked && u.partner_id === locked)).map(portalUnitOf);
}
