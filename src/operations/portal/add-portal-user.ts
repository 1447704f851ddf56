// Step two of adding a portal user: the admin chose permissions and sales units.
import { conflict } from '../../domain/errors.js';
import { checkPortalUserGrant } from '../../domain/portal/check-portal-user-grant.js';
import type { CompanyAccess } from './access-of-person.js';
import type { Db } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { insertPortalUser } from '../../store/portal-users-repo.js';
import { findPersonToAdd } from './find-person-to-add.js';
import { merchantUnitMsns } from './merchant-unit-msns.js';

export interface GrantInput { permissions: string[]; scope: string; msns: string[] }

export async function addPortalUser(o: { db: Db; admin: { nin: string; access: CompanyAccess }; phone: string; grant: GrantInput; now: number }) {
  const { orgno } = o.admin.access;
  try {
    return await o.db.transaction().execute(async (tx) => {
      const person = await findPersonToAdd({ db: tx, orgno, phone: o.phone });
      const grant = checkPortalUserGrant({ ...o.grant, merchantUnits: await merchantUnitMsns(tx, o.admin.access), granter: o.admin.access });
      await insertPortalUser(tx, {
        orgno,
        nin: person.nin,
        permissions: JSON.stringify(grant.permissions),
        units: JSON.stringify(grant.units),
        added_by: o.admin.nin,
        created_at: o.now,
        updated_at: o.now,
      });
      return { ...person, grant };
    });
  } catch (err) {
    // Another admin added the same person at the same moment.
    if (isUniqueViolation(err)) throw conflict('This person was given access a moment ago. Change the access in the list of users instead.');
    throw err;
  }
}
