// Step one of adding a portal user: the phone number names a person of the registry, who
// does not act for the company already.
import { conflict, invalid } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/portal/normalize-phone.js';
import { SIGNING_ROLES, ROLE_LABEL } from '../../domain/registry/roles.js';
import type { Queryable } from '../../store/db.js';
import { findPersonByPhone, findPortalUser } from '../../store/portal-users-repo.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';

export async function findPersonToAdd(o: { db: Queryable; orgno: string; phone: string }) {
  const phone = normalizePhone(o.phone);
  if (phone.problem !== undefined) throw invalid(phone.problem, [{ name: 'phone', reason: phone.problem }]);
  const person = await findPersonByPhone(o.db, phone.msisdn);
  if (!person) {
    const why = `No person has the phone number ${phone.msisdn}. Access is given to people, never to a company: type the mobile number of the person who will log in with BankID.`;
    throw invalid(why, [{ name: 'phone', reason: why }]);
  }
  const name = `${person.first_name} ${person.last_name}`;
  const role = (await rolesOfOrganisation(o.db, o.orgno)).find((r) => r.nin === person.nin && SIGNING_ROLES.includes(r.role));
  if (role) throw conflict(`${name} is ${ROLE_LABEL[role.role]} in the business registry and already has every permission on every sales unit.`);
  if (await findPortalUser(o.db, o.orgno, person.nin)) throw conflict(`${name} already has access. Change it in the list of users instead.`);
  return { nin: person.nin, name, phone: person.phone };
}
