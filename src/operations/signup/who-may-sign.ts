// Who the business registry lets sign for a company, and why someone else may not.
import { forbidden } from '../../domain/errors.js';
import { maySign, ROLE_LABEL, SIGNING_ROLES } from '../../domain/registry/roles.js';

const SHORT_ROLE: Record<string, string> = { CEO: 'CEO', CHAIR: 'chair' };
import type { Queryable } from '../../store/db.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';

export async function signatoriesOf(db: Queryable, orgno: string): Promise<string[]> {
  const roles = await rolesOfOrganisation(db, orgno);
  return roles
    .filter((r) => SIGNING_ROLES.includes(r.role))
    .sort((a, b) => SIGNING_ROLES.indexOf(a.role) - SIGNING_ROLES.indexOf(b.role))
    .map((r) => `${r.first_name} ${r.last_name} (${SHORT_ROLE[r.role] ?? r.role})`);
}

/** The signer's registry roles in the company; refuses, naming who may sign, when they may not. */
export async function assertMaySign(o: { db: Queryable; orgno: string; companyName: string; nin: string; what: string }): Promise<string[]> {
  const roles = await rolesOfOrganisation(o.db, o.orgno);
  const mine = roles.filter((r) => r.nin === o.nin).map((r) => r.role);
  if (maySign(mine)) return mine;
  const who = await signatoriesOf(o.db, o.orgno);
  const yours = mine.length ? ` You are registered as ${mine.map((r) => ROLE_LABEL[r] ?? r).join(', ')}, which does not give the right to sign.` : '';
  throw forbidden(
    `Only the CEO (daglig leder) or the chair (styreleder) registered in Brønnøysundregistrene may ${o.what} for ${o.companyName}: ${who.length ? who.join(' or ') : 'the registry lists nobody in these roles, so the company must update Brønnøysundregistrene first'}.${yours}`,
  );
}
