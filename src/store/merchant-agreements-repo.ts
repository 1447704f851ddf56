// Merchant agreements: signed in the portal, decided by the back office, listed by the
// Management API as contracts.
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

export function findAgreement(db: Queryable, id: string) {
  return db.selectFrom('merchant_agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The organisation's agreements without their PDFs, newest first. */
export function agreementsOfOrgs(db: Queryable, orgnos: string[]) {
  if (!orgnos.length) return Promise.resolve([]);
  return db
    .selectFrom('merchant_agreements')
    .select(['id', 'orgno', 'status', 'signer_nin', 'signed_at', 'form_data'])
    .where('orgno', 'in', orgnos)
    .orderBy('signed_at', 'desc')
    .orderBy('id')
    .execute();
}

/** The agreement in force or in processing, if any (there is at most one). */
export function liveAgreementOf(db: Queryable, orgno: string) {
  return db
    .selectFrom('merchant_agreements')
    .select(['id', 'orgno', 'status', 'signer_nin', 'signed_at', 'form_data'])
    .where('orgno', '=', orgno)
    .where('status', 'in', CONTRACT_STATUSES)
    .orderBy('signed_at', 'desc')
    .executeTakeFirst();
}

export async function moveAgreement(db: Queryable, o: { id: string; from: string; to: string; now: number }): Promise<boolean> {
  const r = await db.updateTable('merchant_agreements').set({ status: o.to, updated_at: o.now }).where('id', '=', o.id).where('status', '=', o.from).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Serialises signings for one organisation: a no-op update takes the registry row's lock
 * (PostgreSQL) inside the caller's transaction; SQLite serialises writers anyway.
 */
export async function lockOrganisation(db: Queryable, orgno: string): Promise<void> {
  await db.updateTable('registry_organisations').set((eb) => ({ name: eb.ref('name') })).where('orgno', '=', orgno).execute();
}
