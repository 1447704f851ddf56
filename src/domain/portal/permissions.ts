// Who may do what in the merchant portal. The CEO and the chair in the business registry
// act for their company with every permission; anyone else only as a portal user the
// merchant added, with the permissions and sales units given (add-portal-user.md).
// Access is always for a person, never for a company.
import { SIGNING_ROLES } from '../registry/roles.js';

export const PORTAL_PERMISSIONS = ['ADMIN', 'READ', 'DEVELOPER'] as const;
export type PortalPermission = (typeof PORTAL_PERMISSIONS)[number];

export const PERMISSION_LABEL: Record<PortalPermission, string> = {
  ADMIN: 'Admin (administrator): manages users, orders products, signs for the company',
  READ: 'Read (lese): sees sales units, orders and agreements',
  DEVELOPER: 'Developer (utvikler): sees and regenerates API keys',
};

export interface MerchantAccess {
  orgno: string;
  /** How the person got access. */
  via: ('registry' | 'portal-user')[];
  permissions: ReadonlySet<PortalPermission>;
  /** The sales units covered: every unit of the merchant, or these MSNs. */
  units: 'all' | readonly string[];
}

export interface AccessFacts {
  orgno: string;
  registryRoles: readonly string[];
  grant?: { permissions: readonly string[]; units: 'all' | readonly string[] };
}

/** Combines what the registry and a portal-user grant give a person for one company. */
export function merchantAccess(f: AccessFacts): MerchantAccess | null {
  const viaRegistry = f.registryRoles.some((r) => SIGNING_ROLES.includes(r));
  if (!viaRegistry && !f.grant) return null;
  const permissions = new Set<PortalPermission>(viaRegistry ? PORTAL_PERMISSIONS : []);
  for (const p of f.grant?.permissions ?? []) if ((PORTAL_PERMISSIONS as readonly string[]).includes(p)) permissions.add(p as PortalPermission);
  const units = viaRegistry || f.grant?.units === 'all' ? 'all' : (f.grant?.units ?? []);
  return { orgno: f.orgno, via: [...(viaRegistry ? ['registry' as const] : []), ...(f.grant ? ['portal-user' as const] : [])], permissions, units };
}

export function hasPermission(a: MerchantAccess, p: PortalPermission): boolean {
  // An admin may do everything a reader or developer may.
  return a.permissions.has(p) || a.permissions.has('ADMIN');
}

export function coversUnit(a: MerchantAccess, msn: string): boolean {
  return a.units === 'all' || a.units.includes(msn);
}
