// The "Sales units and API keys" page: the units a person covers, whether each has its own
// API keys, and (for developers) who looked at or changed keys lately.
import { hasPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { listKeyAudit } from '../../store/key-audit-repo.js';
import type { CompanyAccess } from './access-of-person.js';
import { listCoveredUnits } from './list-covered-units.js';

export async function listUnitKeys(o: { db: Queryable; access: CompanyAccess }) {
  const { access } = o;
  const units = await listCoveredUnits(o);
  const developer = hasPermission(access, 'DEVELOPER');
  const audit = developer ? await listKeyAudit(o.db, { orgno: access.orgno, msns: access.units === 'all' ? 'all' : units.map((u) => u.msn), limit: 50 }) : [];
  return { units, developer, audit };
}
