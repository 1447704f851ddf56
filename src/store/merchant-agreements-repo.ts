// Merchant agreements, signed in the portal; the Management API lists them as contracts.
import type { Queryable } from './db.js';
import type { MerchantAgreementRow } from './tables/management.js';

export async function insertMerchantAgreement(db: Queryable, row: MerchantAgreementRow): Promise<void> {
  await db.insertInto('merchant_agreements').values(row).execute();
}

/** Agreements that are contracts: in force, or signed and being processed — not declined ones. */
const CONTRACT_STATUSES = ['PROCESSING', 'ACTIVE'];

/** The contracts of an organisation, without their PDFs. */
export function listMerchantAgreements(db: Queryable, orgno: string) {
  return db
    .selectFrom('merchant_agreements')
    .select(['id', 'orgno', 'status', 'signed_at'])
    .where('orgno', '=', orgno)
    .where('status', 'in', CONTRACT_STATUSES)
    .orderBy('signed_at')
    .orderBy('id')
    .execute();
}

export function findMerchantAgreementPdf(db: Queryable, orgno: string, id: string) {
  return db.selectFrom('merchant_agreements').select(['id', 'pdf']).where('orgno', '=', orgno).where('id', '=', id).where('status', 'in', CONTRACT_STATUSES).executeTakeFirst();
}
