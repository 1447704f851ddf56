// The merchant's sales units that a person's access covers.
import { coversUnit } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { listUnitsOfMerchant } from '../../store/portal-units-repo.js';
import type { CompanyAccess } from './access-of-person.js';

export async function listCoveredUnits(o: { db: Queryable; access: CompanyAccess }) {
  if (!o.access.merchantId) return [];
  return (await listUnitsOfMerchant(o.db, o.access.merchantId)).filter((u) => coversUnit(o.access, u.msn));
}
