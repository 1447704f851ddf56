// An admin changes a portal user's permissions and sales units.
import { invalid, notFound } from '../../domain/errors.js';
import { checkPortalUserGrant } from '../../domain/portal/check-portal-user-grant.js';
import type { Db } from '../../store/db.js';
import { findPortalUser, updatePortalUser } from '../../store/portal-users-repo.js';
import type { CompanyAccess } from './access-of-person.js';
import type { GrantInput } from './add-portal-user.js';
import { merchantUnitMsns } from './merchant-unit-msns.js';

export async function changePortalUser(o: { db: Db; admin: { nin: string; access: CompanyAccess }; nin: string; grant: GrantInput; now: number }) {
  const { orgno } = o.admin.access;
  return o.db.transaction().execute(async (tx) => {
    if (!(await findPortalUser(tx, orgno, o.nin))) throw notFound('This user no longer has access: someone removed it. Add the person again if needed.');
    const grant = checkPortalUserGrant({ ...o.grant, merchantUnits: await merchantUnitMsns(tx, o.admin.access), granter: o.admin.access });
    // An admin who takes away their own Admin permission would lock themselves out.
    if (o.nin === o.admin.nin && !grant.permissions.includes('ADMIN')) {
      throw invalid('You cannot take away your own Admin permission. Ask another admin to do it.', [{ name: 'permissions', reason: 'you cannot take away your own Admin permission: ask another admin to do it' }]);
    }
    await updatePortalUser(tx, orgno, o.nin, { permissions: JSON.stringify(grant.permissions), units: JSON.stringify(grant.units), updated_at: o.now });
    return grant;
  });
}
