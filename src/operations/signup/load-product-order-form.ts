// What the manual product order form offers: the companies the person may order for (as
// admin, CEO or chair) with whether each has a merchant agreement, and the partners with
// the price packages they offer in the signup form for this product.
import { hasPermission } from '../../domain/portal/permissions.js';
import type { Queryable } from '../../store/db.js';
import { signupPackages } from '../../store/signup-units-repo.js';
import { accessOfPerson, type CompanyAccess } from '../portal/access-of-person.js';
import { agreementStateOf, type AgreementState } from './agreement-state.js';

export interface LoadProductOrderFormOptions {
  db: Queryable;
  nin: string;
  productType: string;
}

export async function loadProductOrderForm(o: LoadProductOrderFormOptions) {
  const companies: (CompanyAccess & { agreement: AgreementState })[] = [];
  for (const c of await accessOfPerson({ db: o.db, nin: o.nin })) {
    if (hasPermission(c, 'ADMIN')) companies.push({ ...c, agreement: (await agreementStateOf(o.db, c.orgno)).state });
  }
  const packages = await signupPackages(o.db, o.productType);
  const partners = [...new Map(packages.map((p) => [p.partner_id, p.partner_name])).entries()];
  return { companies, packages, partners };
}

export type ProductOrderForm = Awaited<ReturnType<typeof loadProductOrderForm>>;
