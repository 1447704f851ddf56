// GET .../merchants/{scheme}/{id}/contracts and the PDF of one: the merchant agreements the
// merchant signed in the portal, for callers who may see the merchant.
import type { Actor } from '../../domain/access/actor.js';
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findMerchantAgreementPdf, listMerchantAgreements } from '../../store/merchant-agreements-repo.js';
import { findVisibleMerchant } from './find-visible-merchant.js';

export async function listMerchantContracts(o: { db: Queryable; actor: Actor; scheme: string; id: string; publicUrl: string }): Promise<string[]> {
  const { merchant } = await findVisibleMerchant(o);
  const rows = await listMerchantAgreements(o.db, merchant.orgno);
  return rows.map((r) => `${o.publicUrl}/management/v1/merchants/${o.scheme}/${merchant.orgno}/contracts/${r.id}.pdf`);
}

export async function getMerchantContractPdf(o: { db: Queryable; actor: Actor; scheme: string; id: string; contractId: string }): Promise<Buffer> {
  const { merchant } = await findVisibleMerchant(o);
  const row = await findMerchantAgreementPdf(o.db, merchant.orgno, o.contractId);
  if (!row) throw notFound(`Merchant ${merchant.orgno} has no contract ${o.contractId}. GET .../contracts lists the links to its contracts.`);
  return Buffer.from(row.pdf);
}
