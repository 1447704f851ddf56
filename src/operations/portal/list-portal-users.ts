// The "User access" list of a merchant: who acts for it by the registry, and the portal
// users its admins added.
import { ROLE_LABEL, SIGNING_ROLES } from '../../domain/registry/roles.js';
import type { Queryable } from '../../store/db.js';
import { listPortalUsers } from '../../store/portal-users-repo.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';
import type { PortalPermission } from '../../domain/portal/permissions.js';

export interface PortalUserView {
  ref: string;
  nin: string;
  name: string;
  phone: string;
  permissions: PortalPermission[];
  units: 'all' | string[];
  addedBy: string;
  updatedAt: number;
}

export async function listPortalUsersOf(o: { db: Queryable; orgno: string; ref: (nin: string) => string }) {
  const roles = await rolesOfOrganisation(o.db, o.orgno);
  const signatories = roles
    .filter((r) => SIGNING_ROLES.includes(r.role))
    .map((r) => ({ nin: r.nin, name: `${r.first_name} ${r.last_name}`, role: ROLE_LABEL[r.role] ?? r.role }));
  const users: PortalUserView[] = (await listPortalUsers(o.db, o.orgno)).map((u) => ({
    ref: o.ref(u.nin),
    nin: u.nin,
    name: `${u.first_name} ${u.last_name}`,
    phone: u.phone,
    permissions: JSON.parse(u.permissions) as PortalPermission[],
    units: JSON.parse(u.units) as 'all' | string[],
    addedBy: u.added_by_first_name ? `${u.added_by_first_name} ${u.added_by_last_name}` : 'unknown',
    updatedAt: u.updated_at,
  }));
  return { signatories, users };
}
