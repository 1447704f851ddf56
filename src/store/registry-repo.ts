// The simulated business registry (Brønnøysundregistrene): organisations and their roles.
import type { Queryable } from './db.js';

export function findOrganisation(db: Queryable, orgno: string) {
  return db.selectFrom('registry_organisations').selectAll().where('orgno', '=', orgno).executeTakeFirst();
}
