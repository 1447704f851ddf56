// An admin removes a portal user's access to the company.
import { conflict, notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { deletePortalUser } from '../../store/portal-users-repo.js';

export async function removePortalUser(o: { db: Db; adminNin: string; orgno: string; nin: string }): Promise<void> {
  if (o.nin === o.adminNin) throw conflict('You cannot remove your own access. Ask another admin to do it.');
  if (!(await deletePortalUser(o.db, o.orgno, o.nin))) throw notFound('This user has no access to remove: someone removed it already.');
}
