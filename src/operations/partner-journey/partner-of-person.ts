// The partner a portal person acts for: a company the person has portal access to (a role
// in the registry or a portal user with the permission) that is an approved partner.
import { forbidden, notFound } from '../../domain/errors.js';
import { hasPermission, type PortalPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { findPartner } from '../../store/partners-repo.js';
import { accessToCompany } from '../portal/access-of-person.js';

export async function partnerOfPerson(db: Queryable, nin: string, orgno: string, permission: PortalPermission) {
  const access = await accessToCompany({ db, nin, orgno });
  const application = access
    ? await db.selectFrom('partner_applications').select(['partner_id']).where('orgno', '=', orgno).where('status', '=', 'APPROVED').executeTakeFirst()
    : undefined;
  // Not connected, or not a partner: the same answer, so nothing is learnt about others.
  if (!access || !application?.partner_id) throw notFound(`You have no partner company ${orgno} in the portal.`);
  if (!hasPermission(access, permission) && !hasPermission(access, 'ADMIN')) throw forbidden(`This needs the ${permission} permission for ${access.name}; ask an administrator.`);
  const partner = (await findPartner(db, application.partner_id))!;
  return { access, partner };
}
