// The people of the simulated national registry who can log in to the portal.
import type { Queryable } from '../../store/db.js';
import { findPerson as findPersonRow, listPersons } from '../../store/registry-repo.js';
import type { PersonRow } from '../../store/tables/foundation.js';

export type Person = PersonRow;

export async function findPerson(o: { db: Queryable; nin: string }): Promise<Person | undefined> {
  return (await findPersonRow(o.db, o.nin)) ?? undefined;
}

export function listPeople(o: { db: Queryable }): Promise<Person[]> {
  return listPersons(o.db);
}
