// A case with everything the back office looks at: the company, the agreement or order,
// the automatic checks and the history.
import type { AgreementRecord } from '../../domain/agreements/agreement-document.js';
import { agreementChecks, orderChecks, type CaseCheck, type SignerFacts } from '../../domain/backoffice/case-checks.js';
import type { Queryable } from '../../store/db.js';
import { findProductOrder } from '../../store/product-orders-repo.js';
import { rolesOfOrganisation } from '../../store/registry-repo.js';
import { agreementsOfOrgs, findAgreement, liveAgreementOf } from '../../store/merchant-agreements-repo.js';
import { listCaseEvents } from '../../store/signup-cases-repo.js';
import { findPartnerContact, findPricePackage, merchantOfOrg } from '../../store/signup-units-repo.js';
import type { SignupCaseRow } from '../../store/tables/signup.js';
import { caseOrderViewOf, caseViewOf, type CaseEventView, type CaseOrderView, type CaseView } from './case-view.js';
import { companyName, requireCase } from './case-subject.js';

export interface CaseDetails {
  case: CaseView;
  companyName: string;
  registryRoles: { role: string; name: string }[];
  agreement?: { id: string; status: string; signedAt: number; record: AgreementRecord };
  order?: CaseOrderView;
  partnerName: string | null;
  pricePackageName: string | null;
  checks: CaseCheck[];
  events: CaseEventView[];
}

/** One case with its history, for the back office's case page. */
export async function loadCasePage(o: { db: Queryable; caseId: string }): Promise<CaseDetails> {
  return loadCase(o.db, await requireCase(o.db, o.caseId), { withEvents: true });
}

async function signerNow(db: Queryable, record: AgreementRecord, orgno: string): Promise<SignerFacts> {
  const roles = await rolesOfOrganisation(db, orgno);
  return { name: record.signer.name, rolesNow: roles.filter((r) => r.nin === record.signer.nin).map((r) => r.role) };
}

export async function loadCase(db: Queryable, c: SignupCaseRow, o: { withEvents: boolean }): Promise<CaseDetails> {
  const roles = await rolesOfOrganisation(db, c.orgno);
  const base = {
    case: caseViewOf(c),
    companyName: await companyName(db, c.orgno),
    registryRoles: roles.map((r) => ({ role: r.role, name: `${r.first_name} ${r.last_name}` })),
    events: o.withEvents
      ? (await listCaseEvents(db, c.id, { merchantView: false })).map((e) => ({ at: Number(e.at), actor: e.actor, kind: e.kind, text: e.text, visibleToMerchant: e.visible_to_merchant === 1 }))
      : [],
  };
  if (c.kind === 'agreement') {
    const a = (await findAgreement(db, c.subject_id))!;
    const record = JSON.parse(a.form_data) as AgreementRecord;
    const checks = agreementChecks({
      signer: await signerNow(db, record, c.orgno),
      owners: record.answers.owners.length,
      noOwnersOver25: record.answers.noOwnersOver25,
      pep: record.answers.pep,
      pepDetails: record.answers.pepDetails,
    });
    return { ...base, agreement: { id: a.id, status: a.status, signedAt: a.signed_at, record }, partnerName: null, pricePackageName: null, checks };
  }
  const order = (await findProductOrder(db, c.subject_id))!;
  const live = (await liveAgreementOf(db, c.orgno)) ?? (await agreementsOfOrgs(db, [c.orgno]))[0];
  const signer = live ? await signerNow(db, JSON.parse(live.form_data) as AgreementRecord, c.orgno) : (await merchantOfOrg(db, c.orgno)) ? ('existing-merchant' as const) : null;
  const website = order.website ? (JSON.parse(order.website) as { url?: string; termsUrl?: string }) : null;
  const checks = orderChecks({
    productType: order.product_type,
    signer,
    websiteUrl: website?.url ?? null,
    termsUrl: website?.termsUrl ?? null,
    orgNumberVisible: c.org_number_visible === 1,
    intendedPurpose: order.intended_purpose,
    complianceData: order.compliance_data ? (JSON.parse(order.compliance_data) as Record<string, unknown>) : null,
  });
  const partner = order.partner_id ? await findPartnerContact(db, order.partner_id) : undefined;
  const pkg = order.price_package_id ? await findPricePackage(db, order.price_package_id) : undefined;
  return { ...base, order: caseOrderViewOf(order), partnerName: partner?.name ?? null, pricePackageName: pkg?.name ?? null, checks };
}
