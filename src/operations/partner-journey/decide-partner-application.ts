// The back office decides an application. Approval creates the partner at the chosen level
// with test-environment keys, a test merchant for the partner's own company with a test
// sales unit (merchant keys) to integrate against, and emails the contact where the keys
// are. Decline records the reason and emails it.
import { randomInt, randomUUID } from 'node:crypto';
import { conflict, invalid } from '../../domain/errors.js';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { applicationApprovedEmail, applicationDeclinedEmail } from '../../domain/partner-journey/partner-emails.js';
import { levelAllowsPartnerKeys } from '../../domain/partner-journey/partner-level.js';
import { unitConfigurationFor } from '../../domain/signup/products.js';
import { PARTNER_LEVELS } from '../../domain/world/world-schema.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db, Queryable } from '../../store/db.js';
import { insertKeySet } from '../../store/key-sets-repo.js';
import { decidePartnerApplication, findPartnerApplication, insertPartner, partnerIdTaken } from '../../store/partner-applications-repo.js';
import { addMerchantIfMissing, addSalesUnit, merchantOfOrg, msnTaken } from '../../store/signup-units-repo.js';
import { sendEmail } from '../send-email.js';
import { addPartnerKeySet } from './issue-partner-key-set.js';

export interface DecidePartnerApplicationOptions {
  db: Db;
  box: SecretBox;
  id: string;
  operator: string;
  now: number;
  publicUrl: string;
  smtp: boolean;
}

async function freeId(tx: Queryable, taken: (tx: Queryable, id: string) => Promise<boolean>): Promise<string> {
  for (;;) {
    const id = String(randomInt(200000, 999999));
    if (!(await taken(tx, id))) return id;
  }
}

async function requirePending(tx: Queryable, id: string) {
  const a = await findPartnerApplication(tx, id);
  if (!a) throw invalid(`There is no partner application ${id}.`);
  if (a.status !== 'PENDING') throw conflict(`The application was ${a.status.toLowerCase()} already.`, 'Decided already');
  return a;
}

export async function approvePartnerApplication(o: DecidePartnerApplicationOptions & { level: string }): Promise<{ partnerId: string; msn: string }> {
  if (!(PARTNER_LEVELS as readonly string[]).includes(o.level)) throw invalid(`Choose a level: ${PARTNER_LEVELS.join(', ')}.`, [{ name: 'level', reason: 'unknown level' }]);
  const result = await o.db.transaction().execute(async (tx) => {
    const a = await requirePending(tx, o.id);
    const partnerId = await freeId(tx, partnerIdTaken);
    if (!(await decidePartnerApplication(tx, a.id, { status: 'APPROVED', level: o.level, decline_reason: null, partner_id: partnerId, decided_by: o.operator, decided_at: o.now }))) {
      throw conflict('Someone decided this application a moment ago.', 'Decided already');
    }
    await insertPartner(tx, { id: partnerId, name: a.org_name, type: a.partner_type, level: o.level, contact_name: a.contact_name, contact_email: a.contact_email, created_at: o.now });
    const partner = { id: partnerId, level: o.level };
    const kinds = levelAllowsPartnerKeys(o.level) ? (['partner', 'management'] as const) : (['management'] as const);
    for (const kind of kinds) await addPartnerKeySet(tx, o.box, partner, kind, o.now);

    // The partner's own company as a test merchant, with one test sales unit connected to it.
    await addMerchantIfMissing(tx, { id: randomUUID(), orgno: a.orgno, name: a.org_name.slice(0, 50), status: 'ACTIVE', contact_email: a.contact_email, created_at: o.now, updated_at: o.now });
    const merchant = (await merchantOfOrg(tx, a.orgno))!;
    const msn = await freeId(tx, msnTaken);
    const cfg = unitConfigurationFor('VIPPS_PA_NETT');
    await addSalesUnit(tx, {
      msn,
      merchant_id: merchant.id,
      name: `${a.org_name.slice(0, 24)} test`,
      status: 'ACTIVE',
      partner_id: partnerId,
      capture_type: cfg.captureType,
      skip_landing_page: 0,
      long_living_allowed: 0,
      recurring_allowed: 1,
      payment_allowed: 1,
      settlement_account: null,
      price_package_id: null,
      product_type: 'VIPPS_PA_NETT',
      logo: null,
      website_url: null,
      created_at: o.now,
      updated_at: o.now,
    });
    await insertKeySet(tx, { id: randomUUID(), kind: 'merchant', partner_id: null, merchant_id: merchant.id, msn, ...sealCredentials(o.box, generateCredentials()), generation: 1, created_at: o.now, updated_at: o.now });

    const email = applicationApprovedEmail(a.contact_email, {
      partnerName: a.org_name,
      partnerId,
      level: o.level,
      portalUrl: `${o.publicUrl}/portal/partner/${a.orgno}`,
      keyKinds: kinds.map((k): string => (k === 'partner' ? 'partner keys' : 'management keys')),
      testMsn: msn,
    });
    await sendEmail({ tx, email, now: o.now, smtp: o.smtp });
    return { partnerId, msn };
  });
  return result;
}

export async function declinePartnerApplication(o: DecidePartnerApplicationOptions & { reason: string }): Promise<void> {
  const reason = o.reason.trim();
  if (!reason) throw invalid('Give the reason for declining; the applicant is emailed it.', [{ name: 'reason', reason: 'is required' }]);
  if (reason.length > 2000) throw invalid('The reason is too long.', [{ name: 'reason', reason: 'may be at most 2000 characters' }]);
  await o.db.transaction().execute(async (tx) => {
    const a = await requirePending(tx, o.id);
    if (!(await decidePartnerApplication(tx, a.id, { status: 'DECLINED', level: null, decline_reason: reason, partner_id: null, decided_by: o.operator, decided_at: o.now }))) {
      throw conflict('Someone decided this application a moment ago.', 'Decided already');
    }
    await sendEmail({ tx, email: applicationDeclinedEmail(a.contact_email, { orgName: a.org_name, reason }), now: o.now, smtp: o.smtp });
  });
}
