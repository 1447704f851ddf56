// The portal's "Change partner" page: the units an admin covers with their partners, the
// partners to choose from, and the merchant's partner changes so far.
import { coversUnit } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { listPartnerChangesOfMerchant, listPartners } from '../../store/partner-changes-repo.js';
import type { CompanyAccess } from '../portal/access-of-person.js';
import { listCoveredUnits } from '../portal/list-covered-units.js';
import { partnerChangeOf } from './partner-change-view.js';

export async function listPartnerChangesOfUnits(o: { db: Queryable; access: CompanyAccess }) {
  const { access } = o;
  const units = await listCoveredUnits(o);
  const changes = (await listPartnerChangesOfMerchant(o.db, access.orgno)).filter((c) => coversUnit(access, c.msn)).map(partnerChangeOf);
  return { units, partners: await listPartners(o.db), changes };
}
