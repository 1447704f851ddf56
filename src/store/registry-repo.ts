// The simulated business registry (Brønnøysund): organisations, people and their roles.
import type { Queryable } from './db.js';

export function findPerson(db: Queryable, nin: string) {
  return db.selectFrom('persons').selectAll().where('nin', '=', nin).executeTakeFirst();
}

export function findPersonByPhone(db: Queryable, phone: string) {
  return db.selectFrom('persons').selectAll().where('phone', '=', phone).executeTakeFirst();
}

export function listPersons(db: Queryable) {
  return db.selectFrom('persons').selectAll().orderBy('last_name').orderBy('first_name').execute();
}

export function findOrganisation(db: Queryable, orgno: string) {
  return db.selectFrom('registry_organisations').selectAll().where('orgno', '=', orgno).executeTakeFirst();
}

/** The person's roles, each with the organisation and (if any) the merchant it is. */
export function rolesOfPerson(db: Queryable, nin: string) {
  return db
    .selectFrom('registry_roles as r')
    .innerJoin('registry_organisations as o', 'o.orgno', 'r.orgno')
    .leftJoin('merchants as m', 'm.orgno', 'r.orgno')
    .select(['r.orgno', 'r.role', 'o.name as organisation_name', 'm.id as merchant_id', 'm.name as merchant_name', 'm.status as merchant_status'])
    .where('r.nin', '=', nin)
    .orderBy('o.name')
    .execute();
}

/** Who holds each role in an organisation. */
export function rolesOfOrganisation(db: Queryable, orgno: string) {
  return db
    .selectFrom('registry_roles as r')
    .innerJoin('persons as p', 'p.nin', 'r.nin')
    .select(['r.role', 'p.nin', 'p.first_name', 'p.last_name'])
    .where('r.orgno', '=', orgno)
    .execute();
}

/** Every role of every person, with the organisation's name (the BankID picker lists them). */
export function listAllRoles(db: Queryable) {
  return db
    .selectFrom('registry_roles as r')
    .innerJoin('registry_organisations as o', 'o.orgno', 'r.orgno')
    .select(['r.nin', 'r.orgno', 'r.role', 'o.name as organisation_name'])
    .orderBy('o.name')
    .orderBy('r.role')
    .execute();
}
