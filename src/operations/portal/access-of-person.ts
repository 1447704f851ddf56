// The merchants (and registry companies) a person may act for in the portal, and how.
import { merchantAccess, type MerchantAccess } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';

export interface CompanyAccess extends MerchantAccess {
  name: string;
  /** Null while the company has no merchant agreement with us. */
  merchantId: string | null;
  registryRoles: string[];
}

export async function accessOfPerson(o: { db: Queryable; nin: string }): Promise<CompanyAccess[]> {
  const roles = await o.db
    .selectFrom('registry_roles as r')
    .innerJoin('registry_organisations as g', 'g.orgno', 'r.orgno')
    .select(['r.orgno', 'r.role', 'g.name'])
    .where('r.nin', '=', o.nin)
    .execute();
  const grants = await o.db
    .selectFrom('portal_users as u')
    .innerJoin('registry_organisations as g', 'g.orgno', 'u.orgno')
    .select(['u.orgno', 'u.permissions', 'u.units', 'g.name'])
    .where('u.nin', '=', o.nin)
    .execute();
  const orgnos = [...new Set([...roles.map((r) => r.orgno), ...grants.map((g) => g.orgno)])];
  if (!orgnos.length) return [];
  const merchants = await o.db.selectFrom('merchants').select(['id', 'orgno', 'name']).where('orgno', 'in', orgnos).execute();
  const out: CompanyAccess[] = [];
  for (const orgno of orgnos) {
    const registryRoles = roles.filter((r) => r.orgno === orgno).map((r) => r.role);
    const g = grants.find((x) => x.orgno === orgno);
    const access = merchantAccess({
      orgno,
      registryRoles,
      grant: g ? { permissions: JSON.parse(g.permissions) as string[], units: JSON.parse(g.units) as 'all' | string[] } : undefined,
    });
    if (!access) continue;
    const m = merchants.find((x) => x.orgno === orgno);
    const name = m?.name ?? roles.find((r) => r.orgno === orgno)?.name ?? g!.name;
    out.push({ ...access, name, merchantId: m?.id ?? null, registryRoles });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name));
}

/** The person's access to one company, or null. */
export async function accessToCompany(o: { db: Queryable; nin: string; orgno: string }): Promise<CompanyAccess | null> {
  return (await accessOfPerson(o)).find((a) => a.orgno === o.orgno) ?? null;
}
