// Approves a case. An agreement becomes ACTIVE and the company a merchant. An order gets a
// sales unit with a fresh MSN, connected to the ordering partner, and merchant keys; the
// order becomes APPROVED and the merchant and the partner get the same email. One
// transaction; the case is claimed by compare-and-set first, so it is approved once.
import { randomUUID } from 'node:crypto';
import type { AgreementRecord } from '../../domain/agreements/agreement-document.js';
import { conflict } from '../../domain/errors.js';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { agreementApprovedEmail, approvalEmail } from '../../domain/signup/signup-emails.js';
import { unitConfigurationFor } from '../../domain/signup/products.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import type { Db, Tx } from '../../store/db.js';
import { insertKeySet } from '../../store/key-sets-repo.js';
import { findProductOrder } from '../../store/product-orders-repo.js';
import { findAgreement, moveAgreement } from '../../store/merchant-agreements-repo.js';
import { addCaseEvent, moveCase } from '../../store/signup-cases-repo.js';
import { activateMerchant, addMerchantIfMissing, addSalesUnit, findPartnerContact, merchantOfOrg, msnTaken } from '../../store/signup-units-repo.js';
import type { SignupCaseRow } from '../../store/tables/signup.js';
import { markProductOrderApproved } from '../product-orders/mark-product-order.js';
import { sendEmail } from '../send-email.js';
import { merchantContactEmail, requireCase } from './case-subject.js';
import { caseMoved } from './decided-already.js';

export interface DecisionContext { db: Db; caseId: string; actor: string; now: number; publicUrl: string; smtp: boolean }

async function freeMsn(tx: Tx): Promise<string> {
  for (;;) {
    const msn = String(100000 + Math.floor(Math.random() * 900000));
    if (!(await msnTaken(tx, msn))) return msn;
  }
}

async function approveAgreement(tx: Tx, c: SignupCaseRow, o: DecisionContext): Promise<void> {
  const a = (await findAgreement(tx, c.subject_id))!;
  if (!(await moveAgreement(tx, { id: a.id, from: 'PROCESSING', to: 'ACTIVE', now: o.now }))) throw conflict(`The agreement is ${a.status}, not PROCESSING.`);
  const record = JSON.parse(a.form_data) as AgreementRecord;
  await addMerchantIfMissing(tx, {
    id: randomUUID(),
    orgno: c.orgno,
    name: record.company.name.slice(0, 50),
    status: 'ACTIVE',
    contact_email: record.answers.contact.email,
    created_at: o.now,
    updated_at: o.now,
  });
  await activateMerchant(tx, c.orgno, o.now);
  const to = await merchantContactEmail(tx, c.orgno);
  if (to) await sendEmail({ tx, email: agreementApprovedEmail(to, { orgno: c.orgno, merchantName: record.company.name, portalUrl: `${o.publicUrl}/portal` }), now: o.now, smtp: o.smtp });
}

async function approveOrder(tx: Tx, c: SignupCaseRow, o: DecisionContext & { box: SecretBox }): Promise<string> {
  const order = (await findProductOrder(tx, c.subject_id))!;
  const merchant = await merchantOfOrg(tx, c.orgno);
  if (!merchant || merchant.status !== 'ACTIVE') {
    throw conflict(`${c.orgno} is not a merchant yet: approve its merchant agreement first, then this order.`, 'Merchant agreement not approved');
  }
  const msn = await freeMsn(tx);
  const cfg = unitConfigurationFor(order.product_type);
  const website = order.website ? (JSON.parse(order.website) as { url?: string }) : null;
  const unitName = order.sales_unit_name ?? merchant.name.slice(0, 30);
  await addSalesUnit(tx, {
    msn,
    merchant_id: merchant.id,
    name: unitName,
    status: 'ACTIVE',
    partner_id: order.partner_id,
    capture_type: cfg.captureType,
    skip_landing_page: cfg.skipLandingPage ? 1 : 0,
    long_living_allowed: 0,
    recurring_allowed: cfg.recurringAllowed ? 1 : 0,
    payment_allowed: cfg.paymentAllowed ? 1 : 0,
    settlement_account: order.settlement_account,
    price_package_id: order.price_package_id,
    product_type: order.product_type,
    logo: order.sales_unit_logo,
    website_url: website?.url ?? null,
    created_at: o.now,
    updated_at: o.now,
  });
  await insertKeySet(tx, { id: randomUUID(), kind: 'merchant', partner_id: null, merchant_id: merchant.id, msn, ...sealCredentials(o.box, generateCredentials()), generation: 1, created_at: o.now, updated_at: o.now });
  await markProductOrderApproved({ db: tx, id: order.id, now: o.now, msn });
  // The same email to the merchant and to whoever pre-filled or was chosen as partner.
  const partner = order.partner_id ? await findPartnerContact(tx, order.partner_id) : undefined;
  const recipients = new Set([await merchantContactEmail(tx, c.orgno), partner?.contact_email].filter((e): e is string => !!e).map((e) => e.toLowerCase()));
  for (const to of recipients) {
    await sendEmail({ tx, email: approvalEmail(to, { orgno: c.orgno, merchantName: merchant.name, msn, unitName, productType: order.product_type }), now: o.now, smtp: o.smtp });
  }
  return msn;
}

export async function approveCase(o: DecisionContext & { box: SecretBox }): Promise<{ msn: string | null }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await o.db.transaction().execute(async (tx) => {
        const c = await requireCase(tx, o.caseId);
        const claimed = await moveCase(tx, { id: c.id, from: ['QUEUED', 'AWAITING-CUSTOMER'], set: { state: 'APPROVED', decided_by: o.actor, decided_at: o.now, updated_at: o.now } });
        if (!claimed) throw await caseMoved(tx, c.id, 'be approved');
        const msn = c.kind === 'agreement' ? (await approveAgreement(tx, c, o), null) : await approveOrder(tx, c, o);
        await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.actor, kind: 'approved', text: msn ? `Approved: sales unit ${msn} created` : 'Approved: the merchant agreement is active', visible_to_merchant: 1 });
        return { msn };
      });
    } catch (err) {
      // Two approvals drew the same new MSN at once: the loser starts over with another.
      if (isUniqueViolation(err) && attempt < 3) continue;
      throw err;
    }
  }
}
