// Every portal page for a merchant starts here: may this person act for the company, with
// this permission? Access comes from the registry (CEO, chair) or a portal-user grant.
import { forbidden } from '../../domain/errors.js';
import { hasPermission, type PortalPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { accessToCompany, type CompanyAccess } from './access-of-person.js';

const NEEDS: Record<PortalPermission, string> = {
  ADMIN: 'Only an admin of the company may do this (its CEO or chair in the business registry, or a user they made admin).',
  READ: 'You need Read permission for this; ask an admin of the company.',
  DEVELOPER: 'API keys are for users with Developer permission. Ask an admin of the company to give you Developer permission for the sales units you work on.',
};

/** `permission`: the one needed, or a list of which any one will do. */
export async function requireMerchantAccess(o: { db: Queryable; nin: string; orgno: string; permission: PortalPermission | readonly PortalPermission[] }): Promise<CompanyAccess> {
  const access = await accessToCompany({ db: o.db, nin: o.nin, orgno: o.orgno });
  if (!access) {
    throw forbidden(
      `You have no access to the company with organisation number ${o.orgno}. Its CEO or chair (as registered in the business registry) or one of its admins can give you access under User access.`,
    );
  }
  const anyOf = typeof o.permission === 'string' ? [o.permission] : o.permission;
  if (!anyOf.some((p) => hasPermission(access, p))) {
    throw forbidden(`${NEEDS[anyOf[0]!]} You have: ${[...access.permissions].join(', ').toLowerCase() || 'no permissions'}.`);
  }
  return access;
}
