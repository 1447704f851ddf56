// One application as the back office reviews it: the registry's facts and the level rules
// evaluated against what was declared.
import { notFound } from '../../domain/errors.js';
import { levelRules, qualifyingLevel } from '../../domain/partner-journey/partner-level.js';
import type { Queryable } from '../../store/db.js';
import { findPartnerApplication } from '../../store/partner-applications-repo.js';
import { findOrganisation, rolesOfOrganisation } from '../../store/registry-repo.js';

export interface GetPartnerApplicationOptions {
  db: Queryable;
  id: string;
}

export async function getPartnerApplication(o: GetPartnerApplicationOptions) {
  const application = await findPartnerApplication(o.db, o.id);
  if (!application) throw notFound(`There is no partner application ${o.id}.`);
  const products = JSON.parse(application.products) as string[];
  const declared = { revenue: Number(application.expected_revenue), merchants: application.expected_merchants, products: products.length };
  return {
    application: { ...application, expected_revenue: Number(application.expected_revenue) },
    products,
    organisation: await findOrganisation(o.db, application.orgno),
    roles: await rolesOfOrganisation(o.db, application.orgno),
    rules: levelRules(declared),
    qualifies: qualifyingLevel(declared),
  };
}
