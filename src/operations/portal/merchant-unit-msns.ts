import type { Queryable } from '../../store/db.js';
import type { CompanyAccess } from './access-of-person.js';

/** Every sales unit of the company (none while it is not a merchant). */
export async function merchantUnitMsns(db: Queryable, access: Pick<CompanyAccess, 'merchantId'>): Promise<string[]> {
  if (!access.merchantId) return [];
  return (await db.selectFrom('sales_units').select('msn').where('merchant_id', '=', access.merchantId).orderBy('msn').execute()).map((r) => r.msn);
}
