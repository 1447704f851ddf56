// People a merchant gave portal access to, and finding a person by phone number.
import type { Queryable } from './db.js';
import type { PortalUserRow } from './tables/portal.js';

export function findPersonByPhone(db: Queryable, msisdn: string) {
  return db.selectFrom('persons').selectAll().where('phone', '=', msisdn).executeTakeFirst();
}

/** The merchant's portal users with who they are, in name order. */
export function listPortalUsers(db: Queryable, orgno: string) {
  return db
    .selectFrom('portal_users as u')
    .innerJoin('persons as p', 'p.nin', 'u.nin')
    .leftJoin('persons as a', 'a.nin', 'u.added_by')
    .selectAll('u')
    .select(['p.first_name', 'p.last_name', 'p.phone', 'p.email', 'a.first_name as added_by_first_name', 'a.last_name as added_by_last_name'])
    .where('u.orgno', '=', orgno)
    .orderBy('p.last_name')
    .orderBy('p.first_name')
    .execute();
}

export function findPortalUser(db: Queryable, orgno: string, nin: string) {
  return db.selectFrom('portal_users').selectAll().where('orgno', '=', orgno).where('nin', '=', nin).executeTakeFirst();
}

export async function insertPortalUser(db: Queryable, row: PortalUserRow): Promise<void> {
  await db.insertInto('portal_users').values(row).execute();
}

export async function updatePortalUser(db: Queryable, orgno: string, nin: string, set: Pick<PortalUserRow, 'permissions' | 'units' | 'updated_at'>): Promise<boolean> {
  const r = await db.updateTable('portal_users').set(set).where('orgno', '=', orgno).where('nin', '=', nin).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function deletePortalUser(db: Queryable, orgno: string, nin: string): Promise<boolean> {
  const r = await db.deleteFrom('portal_users').where('orgno', '=', orgno).where('nin', '=', nin).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}
