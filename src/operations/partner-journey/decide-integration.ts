// The integration team decides a submitted checklist. Approval puts the partner live: on
// the public partner list and, with a price package per product it offers, in the portal's
// signup forms where merchants select their partner. Asking for more emails the partner.
import { randomUUID } from 'node:crypto';
import { conflict, invalid, notFound } from '../../domain/errors.js';
import { integrationApprovedEmail, moreInformationEmail } from '../../domain/partner-journey/partner-emails.js';
import { productName } from '../../domain/signup/products.js';
import type { Db } from '../../store/db.js';
import { decideSubmission, findSubmission, listPartner } from '../../store/integration-submissions-repo.js';
import { applicationOfPartner } from '../../store/partner-applications-repo.js';
import { findPartner } from '../../store/partners-repo.js';
import { sendEmail } from '../send-email.js';

export interface DecideIntegrationOptions {
  db: Db;
  id: string;
  operator: string;
  now: number;
  publicUrl: string;
  smtp: boolean;
}

async function requireSubmission(db: Db, id: string) {
  const s = await findSubmission(db, id);
  if (!s) throw notFound(`There is no submission ${id}.`);
  return s;
}

export async function approveIntegration(o: DecideIntegrationOptions): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const s = await requireSubmission(tx, o.id);
    if (!(await decideSubmission(tx, s.id, { status: 'APPROVED', operator_note: null, decided_by: o.operator, decided_at: o.now }))) throw conflict(`The submission was ${s.status.toLowerCase()} already.`, 'Decided already');
    const partner = (await findPartner(tx, s.partner_id))!;
    await listPartner(tx, partner.id, o.now);
    const application = await applicationOfPartner(tx, partner.id);
    const products = application ? (JSON.parse(application.products) as string[]) : [];
    const existing = await tx.selectFrom('price_packages').select('product_type').where('partner_id', '=', partner.id).execute();
    for (const product of products.filter((p) => !existing.some((e) => e.product_type === p))) {
      await tx
        .insertInto('price_packages')
        .values({ id: randomUUID(), partner_id: partner.id, name: `${partner.name} ${productName(product)}`.slice(0, 100), description: `${productName(product)} through ${partner.name}`, product_type: product, visible_in_signup: 1 })
        .execute();
    }
    await sendEmail({ tx, email: integrationApprovedEmail(partner.contact_email, { partnerName: partner.name, api: s.api, listUrl: `${o.publicUrl}/partners` }), now: o.now, smtp: o.smtp });
  });
}

export async function askForMore(o: DecideIntegrationOptions & { note: string }): Promise<void> {
  const note = o.note.trim();
  if (!note) throw invalid('Say what the partner must add.', [{ name: 'note', reason: 'is required' }]);
  await o.db.transaction().execute(async (tx) => {
    const s = await requireSubmission(tx, o.id);
    if (!(await decideSubmission(tx, s.id, { status: 'MORE_INFORMATION', operator_note: note.slice(0, 2000), decided_by: o.operator, decided_at: o.now }))) throw conflict(`The submission was ${s.status.toLowerCase()} already.`, 'Decided already');
    const partner = (await findPartner(tx, s.partner_id))!;
    const application = await applicationOfPartner(tx, partner.id);
    const portalUrl = `${o.publicUrl}/portal/partner/${application?.orgno ?? ''}`;
    await sendEmail({ tx, email: moreInformationEmail(partner.contact_email, { partnerName: partner.name, api: s.api, note, portalUrl }), now: o.now, smtp: o.smtp });
  });
}
