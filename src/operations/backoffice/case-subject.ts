// What a case is about, in words for emails, where the merchant follows it, and who the
// merchant's contact is.
import type { AgreementRecord } from '../../domain/agreements/agreement-document.js';
import { notFound } from '../../domain/errors.js';
import { prefillUrl } from '../../domain/product-orders/prefill-url.js';
import { productName } from '../../domain/signup/products.js';
import type { Queryable } from '../../store/db.js';
import { findProductOrder } from '../../store/product-orders-repo.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { agreementsOfOrgs } from '../../store/merchant-agreements-repo.js';
import { findCase } from '../../store/signup-cases-repo.js';
import { merchantOfOrg } from '../../store/signup-units-repo.js';
import type { SignupCaseRow } from '../../store/tables/signup.js';

export async function requireCase(db: Queryable, id: string): Promise<SignupCaseRow> {
  const c = /^[0-9a-f-]{36}$/i.test(id) ? await findCase(db, id.toLowerCase()) : undefined;
  if (!c) throw notFound(`There is no case ${id}.`);
  return c;
}

/** "merchant agreement" or "product order for Vipps på nett". */
export async function caseWhat(db: Queryable, c: SignupCaseRow): Promise<string> {
  if (c.kind === 'agreement') return 'merchant agreement';
  const order = await findProductOrder(db, c.subject_id);
  return `product order for ${productName(order?.product_type ?? '')}`;
}

/** The portal page where the merchant follows the case. */
export async function casePortalUrl(db: Queryable, c: SignupCaseRow, publicUrl: string): Promise<string> {
  if (c.kind === 'agreement') return `${publicUrl}/portal/agreements/${c.subject_id}`;
  const order = await findProductOrder(db, c.subject_id);
  return prefillUrl({ publicUrl, productType: order?.product_type ?? '', id: c.subject_id });
}

export async function companyName(db: Queryable, orgno: string): Promise<string> {
  return (await merchantOfOrg(db, orgno))?.name ?? (await findOrganisation(db, orgno))?.name ?? orgno;
}

/** Where the merchant's emails go: the merchant's contact, else the contact given in its latest agreement. */
export async function merchantContactEmail(db: Queryable, orgno: string): Promise<string | null> {
  const merchant = await merchantOfOrg(db, orgno);
  if (merchant?.contact_email) return merchant.contact_email;
  const [latest] = await agreementsOfOrgs(db, [orgno]);
  if (!latest) return null;
  return (JSON.parse(latest.form_data) as AgreementRecord).answers?.contact?.email ?? null;
}
