// One application as the back office reviews it: the registry's facts and the level rules
// evaluated against what was declared.
import { notFound } from '../../domain/errors.js';
import type { PartnerLevel } from '../../domain/world/world-schema.js';
import { levelRules, qualifyingLevel, type LevelRule } from '../../domain/partner-journey/partner-level.js';
import type { Queryable } from '../../store/db.js';
import { findPartnerApplication } from '../../store/partner-applications-repo.js';
import { findOrganisation, rolesOfOrganisation } from '../../store/registry-repo.js';
import { partnerApplicationOf, type PartnerApplication } from './partner-application-view.js';

export interface GetPartnerApplicationOptions {
  db: Queryable;
  id: string;
}

/** The applicant as the business registry has it. */
export interface RegisteredOrganisation {
  name: string;
  form: string;
  industry: string | null;
  /** One line: street, post code and city. */
  address: string;
}

export interface PartnerApplicationReview {
  application: PartnerApplication;
  organisation: RegisteredOrganisation | undefined;
  /** "First Last (role)" for everyone with a registry role in the organisation. */
  roles: string[];
  rules: LevelRule[];
  qualifies: PartnerLevel;
}

export async function getPartnerApplication(o: GetPartnerApplicationOptions): Promise<PartnerApplicationReview> {
  const row = await findPartnerApplication(o.db, o.id);
  if (!row) throw notFound(`There is no partner application ${o.id}.`);
  const application = partnerApplicationOf(row);
  const declared = { revenue: application.expectedRevenue, merchants: application.expectedMerchants, products: application.products.length };
  const [org, roles] = await Promise.all([findOrganisation(o.db, application.orgno), rolesOfOrganisation(o.db, application.orgno)]);
  return {
    application,
    organisation: org && { name: org.name, form: org.organisation_form, industry: org.industry, address: addressLine(org.business_address) },
    roles: roles.map((r) => `${r.first_name} ${r.last_name} (${r.role})`),
    rules: levelRules(declared),
    qualifies: qualifyingLevel(declared),
  };
}

function addressLine(json: string): string {
  const a = JSON.parse(json) as { addressLine1?: string; postCode?: string; city?: string };
  return `${a.addressLine1 ?? ''}, ${a.postCode ?? ''} ${a.city ?? ''}`;
}
