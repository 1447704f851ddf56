// A partner's own portal access as the back office sees it: the Login (Vipps Logg inn) order
// the partner placed for its own company, with its case, and who can log in to the portal for
// that company: its signatories in the registry and the portal users they added.
import { ownUnitsInReach, portalAccessState, type PortalAccessState } from '../../domain/partner-journey/portal-access.js';
import { PERMISSION_LABEL, PORTAL_PERMISSIONS, type PortalPermission } from '../../domain/portal/permissions.js';
import { SIGNING_ROLES } from '../../domain/registry/roles.js';
import type { Queryable } from '../../store/db.js';
import { applicationOfPartner } from '../../store/partner-applications-repo.js';
import { ownLoginOrders } from '../../store/partner-portal-access-repo.js';
import { listPortalUsers } from '../../store/portal-users-repo.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';
import { findCaseOf } from '../../store/signup-cases-repo.js';

export interface GetPartnerPortalAccessOptions {
  db: Queryable;
  partnerId: string;
}

export interface PortalAccessPerson {
  name: string;
  /** CEO or chair in the registry, or a portal user (with the permissions given). */
  via: string;
}

export interface PartnerPortalAccess {
  /** The partner's own company; null for a partner from the world file (it never applied). */
  orgno: string | null;
  state: PortalAccessState;
  order: { id: string; status: string; msn: string | null; caseId: string | null } | null;
  /** Whether those people reach the partner's own test sales units in the portal. */
  unitsInReach: boolean;
  people: PortalAccessPerson[];
}

const permissionNames = (json: string) =>
  (JSON.parse(json) as string[]).filter((p): p is PortalPermission => (PORTAL_PERMISSIONS as readonly string[]).includes(p)).map((p) => PERMISSION_LABEL[p].split(' ')[0]).join(', ');

export async function getPartnerPortalAccess(o: GetPartnerPortalAccessOptions): Promise<PartnerPortalAccess> {
  const application = await applicationOfPartner(o.db, o.partnerId);
  if (!application || application.status !== 'APPROVED') return { orgno: null, state: 'NOT_ORDERED', order: null, unitsInReach: false, people: [] };
  const orgno = application.orgno;
  const { state, order } = portalAccessState(await ownLoginOrders(o.db, o.partnerId, orgno));
  const caseId = order ? (await findCaseOf(o.db, 'product-order', order.id))?.id ?? null : null;
  const signatories = (await rolesOfOrganisation(o.db, orgno)).filter((r) => SIGNING_ROLES.includes(r.role));
  const users = await listPortalUsers(o.db, orgno);
  const people = [
    ...signatories.map((r) => ({ name: `${r.first_name} ${r.last_name}`, via: `${r.role === 'CEO' ? 'CEO' : 'Chair'} in the registry` })),
    ...users.map((u) => ({ name: `${u.first_name} ${u.last_name}`, via: `Portal user: ${permissionNames(u.permissions)}` })),
  ];
  return { orgno, state, order: order ? { id: order.id, status: order.status, msn: order.msn, caseId } : null, unitsInReach: ownUnitsInReach(state), people };
}
