// Anyone may apply to become a partner: the company must be in the business registry, and
// one open application per company at a time.
import { randomUUID } from 'node:crypto';
import { checkApplication, type ApplicationInput } from '../../domain/partner-journey/application.js';
import { conflict, invalid } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { findOrganisation } from '../../store/registry-repo.js';
import { insertPartnerApplication } from '../../store/partner-applications-repo.js';
import type { PartnerApplicationRow } from '../../store/tables/partner-journey.js';
import { partnerApplicationOf, type PartnerApplication } from './partner-application-view.js';

export interface ApplyToBecomePartnerOptions {
  db: Db;
  input: ApplicationInput;
  now: number;
}

export async function applyToBecomePartner(o: ApplyToBecomePartnerOptions): Promise<PartnerApplication> {
  checkApplication(o.input);
  return o.db.transaction().execute(async (tx) => {
    const org = await findOrganisation(tx, o.input.orgno);
    if (!org) throw invalid(`Organisation number ${o.input.orgno} is not in the business registry. Check the number.`, [{ name: 'orgno', reason: 'not found in the business registry' }]);
    const open = await tx
      .selectFrom('partner_applications')
      .select(['id', 'status'])
      .where('orgno', '=', o.input.orgno)
      .where('status', 'in', ['PENDING', 'APPROVED'])
      .executeTakeFirst();
    if (open) throw conflict(open.status === 'PENDING' ? `${org.name} has an application waiting for review (${open.id}).` : `${org.name} is a partner already.`, 'Application exists');
    const row: PartnerApplicationRow = {
      id: randomUUID(),
      orgno: org.orgno,
      org_name: org.name,
      contact_name: o.input.contactName.trim(),
      contact_email: o.input.contactEmail.trim().toLowerCase(),
      contact_phone: o.input.contactPhone?.trim() || null,
      partner_type: o.input.partnerType,
      products: JSON.stringify([...new Set(o.input.products)]),
      expected_merchants: o.input.expectedMerchants,
      expected_revenue: o.input.expectedRevenue,
      status: 'PENDING',
      level: null,
      decline_reason: null,
      partner_id: null,
      decided_by: null,
      decided_at: null,
      created_at: o.now,
    };
    await insertPartnerApplication(tx, row);
    return partnerApplicationOf(row);
  });
}
