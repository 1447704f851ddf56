// What an admin may give a portal user: known permissions (at least one), and either every
// sales unit or some of the merchant's units, never more than the admin covers themselves.
import { invalid, type FieldProblem } from '../errors.js';
import { PORTAL_PERMISSIONS, type MerchantAccess, type PortalPermission } from './permissions.js';

export interface PortalUserGrant {
  permissions: PortalPermission[];
  units: 'all' | string[];
}

export interface CheckPortalUserGrantOptions {
  /** The permission checkboxes as posted. */
  permissions: readonly string[];
  /** "all", or "some" with the chosen MSNs. */
  scope: string;
  msns: readonly string[];
  /** Every sales unit of the merchant. */
  merchantUnits: readonly string[];
  /** What the admin giving the access has. */
  granter: MerchantAccess;
}

/** Returns the grant to store, or throws `invalid` with every problem. */
export function checkPortalUserGrant(o: CheckPortalUserGrantOptions): PortalUserGrant {
  const problems: FieldProblem[] = [];
  const unknown = o.permissions.filter((p) => !(PORTAL_PERMISSIONS as readonly string[]).includes(p));
  if (unknown.length) problems.push({ name: 'permissions', reason: `has unknown permissions ${unknown.join(', ')}; choose from Admin, Read and Developer` });
  // Stored in a fixed order, so the same choice always reads the same.
  const permissions = PORTAL_PERMISSIONS.filter((p) => o.permissions.includes(p));
  if (!permissions.length && !unknown.length) problems.push({ name: 'permissions', reason: 'choose at least one permission' });

  let units: 'all' | string[] = 'all';
  if (o.scope === 'all') {
    if (o.granter.units !== 'all') problems.push({ name: 'units', reason: 'you may only give access to the sales units you cover yourself; choose them one by one' });
  } else if (o.scope === 'some') {
    const chosen = [...new Set(o.msns)].sort();
    const notOurs = chosen.filter((m) => !o.merchantUnits.includes(m));
    const notCovered = chosen.filter((m) => o.merchantUnits.includes(m) && o.granter.units !== 'all' && !o.granter.units.includes(m));
    if (!chosen.length) problems.push({ name: 'units', reason: 'choose at least one sales unit, or all sales units' });
    if (notOurs.length) problems.push({ name: 'units', reason: `${notOurs.join(', ')} ${notOurs.length === 1 ? 'is not a sales unit' : 'are not sales units'} of this merchant` });
    if (notCovered.length) problems.push({ name: 'units', reason: `you do not cover ${notCovered.join(', ')} yourself, so you cannot give access to ${notCovered.length === 1 ? 'it' : 'them'}` });
    units = chosen;
  } else {
    problems.push({ name: 'units', reason: 'choose all sales units or some of them' });
  }
  if (problems.length) {
    throw invalid(`The access has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  }
  return { permissions: [...permissions], units };
}
