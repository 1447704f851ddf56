// A signed merchant agreement as a person in the portal may see it: not found for an id
// that is not one, refused unless the person may read the company's agreement.
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findAgreement } from '../../store/merchant-agreements-repo.js';
import type { MerchantAgreementRow } from '../../store/tables/management.js';
import type { CompanyAccess } from '../portal/access-of-person.js';
import { requireCompanyAccess } from './portal-access.js';

const ID = /^[0-9a-f-]{36}$/i;

export interface OpenMerchantAgreementOptions {
  db: Queryable;
  id: string;
  nin: string;
}

export async function openMerchantAgreement(o: OpenMerchantAgreementOptions): Promise<{ agreement: MerchantAgreementRow; access: CompanyAccess }> {
  const agreement = ID.test(o.id) ? await findAgreement(o.db, o.id.toLowerCase()) : undefined;
  if (!agreement) throw notFound('There is no such merchant agreement.');
  const access = await requireCompanyAccess({ db: o.db, nin: o.nin, orgno: agreement.orgno, permission: 'READ', what: 'see the merchant agreement' });
  return { agreement, access };
}
