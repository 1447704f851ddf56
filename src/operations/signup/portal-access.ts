// What a person may do with a company in the portal, as the signup pages need it.
import { forbidden } from '../../domain/errors.js';
import { hasPermission, type PortalPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { accessToCompany, type CompanyAccess } from '../portal/access-of-person.js';
import { signatoriesOf } from './who-may-sign.js';

/** The person's access to the company with this permission, or a refusal that says who has it. */
export async function requireCompanyAccess(o: { db: Queryable; nin: string; orgno: string; permission: PortalPermission; what: string }): Promise<CompanyAccess> {
  const access = await accessToCompany({ db: o.db, nin: o.nin, orgno: o.orgno });
  if (access && hasPermission(access, o.permission)) return access;
  const org = await findOrganisation(o.db, o.orgno);
  const name = org?.name ?? o.orgno;
  if (access) {
    throw forbidden(`Your portal access to ${name} (${[...access.permissions].join(', ').toLowerCase()}) does not let you ${o.what}. Ask the CEO, the chair or an admin of ${name}.`);
  }
  const who = await signatoriesOf(o.db, o.orgno);
  throw forbidden(
    `You may not ${o.what} for ${name}. In the portal a company is represented by its CEO (daglig leder) or chair (styreleder) as registered in Brønnøysundregistrene${who.length ? `, here ${who.join(' or ')}` : ''}, and by the people they add as portal users.`,
  );
}
