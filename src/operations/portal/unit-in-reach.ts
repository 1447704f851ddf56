// A sales unit the person may act on: one of the merchant's units, covered by their access.
import { notFound } from '../../domain/errors.js';
import { coversUnit } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { findUnitOfMerchant } from '../../store/portal-units-repo.js';
import type { CompanyAccess } from './access-of-person.js';
import { lockedOwnPartner } from './own-partner-units.js';
import { portalUnitOf, type PortalUnit } from './portal-unit.js';

export async function unitInReach(db: Queryable, access: CompanyAccess, msn: string): Promise<PortalUnit> {
  // A unit of another merchant, or one the person does not cover, reads as no unit at all.
  const unit = access.merchantId && coversUnit(access, msn) ? await findUnitOfMerchant(db, access.merchantId, msn) : undefined;
  if (!unit) throw notFound(`Sales unit ${msn} is not among the sales units of ${access.name} that you have access to.`);
  const locked = await lockedOwnPartner(db, access.orgno);
  if (locked && unit.partner_id === locked) {
    throw notFound(`Sales unit ${msn} is ${access.name}'s own test sales unit: it is managed here once the partner's order for Vipps Logg inn is approved (order it on /portal/partner/${access.orgno}).`);
  }
  return portalUnitOf(unit);
}
