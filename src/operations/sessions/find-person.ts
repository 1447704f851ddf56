// The people of the simulated national registry who can log in to the portal.
import type { Queryable } from '../../store/db.js';
import { findPerson as findPersonRow, listAllRoles, listPersons } from '../../store/registry-repo.js';
import { maySign, ROLE_LABEL } from '../../domain/registry/roles.js';

/** A person of the registry as the portal shows them. */
export interface Person {
  nin: string;
  firstName: string;
  lastName: string;
  /** First and last name. */
  name: string;
  phone: string;
  email: string;
}

function personOf(row: { nin: string; first_name: string; last_name: string; phone: string; email: string }): Person {
  return { nin: row.nin, firstName: row.first_name, lastName: row.last_name, name: `${row.first_name} ${row.last_name}`, phone: row.phone, email: row.email };
}

export async function findPerson(o: { db: Queryable; nin: string }): Promise<Person | undefined> {
  const row = await findPersonRow(o.db, o.nin);
  return row ? personOf(row) : undefined;
}

/** A person's place in one organisation, as the business registry has it. */
export interface PersonRole {
  orgno: string;
  organisationName: string;
  /** The registry's words for the roles held there, such as "CEO (daglig leder)". */
  roles: string[];
  /** The registry's signatory rule: the CEO or the chair may sign the merchant agreement. */
  maySign: boolean;
}

export type PersonWithRoles = Person & { roles: PersonRole[] };

/** Everyone who can log in, each with the organisations they hold a role in. */
export async function listPeople(o: { db: Queryable }): Promise<PersonWithRoles[]> {
  const [people, roles] = await Promise.all([listPersons(o.db), listAllRoles(o.db)]);
  type Held = Map<string, { organisationName: string; codes: string[] }>;
  const byPerson = new Map<string, Held>();
  for (const r of roles) {
    const orgs: Held = byPerson.get(r.nin) ?? new Map();
    byPerson.set(r.nin, orgs);
    const org = orgs.get(r.orgno) ?? { organisationName: r.organisation_name, codes: [] };
    orgs.set(r.orgno, org);
    org.codes.push(r.role);
  }
  return people.map((p) => ({
    ...personOf(p),
    roles: [...(byPerson.get(p.nin) ?? (new Map() as Held)).entries()].map(([orgno, org]) => ({
      orgno,
      organisationName: org.organisationName,
      roles: org.codes.map((c) => ROLE_LABEL[c] ?? c),
      maySign: maySign(org.codes),
    })),
  }));
}
