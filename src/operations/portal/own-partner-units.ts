// A partner's own test sales units (connected to the partner, of the partner's own company)
// come into the portal with its portal access: its approved order for Vipps Logg inn.
import { ownUnitsInReach, portalAccessState } from '../../domain/partner-journey/portal-access.js';
import type { Queryable } from '../../store/db.js';
import { ownLoginOrders, partnerOfOwnOrg } from '../../store/partner-portal-access-repo.js';

/** The partner whose own units are still out of reach for this company, or null. */
export async function lockedOwnPartner(db: Queryable, orgno: string): Promise<string | null> {
  const partnerId = await partnerOfOwnOrg(db, orgno);
  if (!partnerId) return null;
  return ownUnitsInReach(portalAccessState(await ownLoginOrders(db, partnerId, orgno)).state) ? null : partnerId;
}
