// A partner as the back office manages it: level, keys (revoked ones marked), its own portal
// access, checklists.
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { partnerKeySets } from '../../store/partner-applications-repo.js';
import { findPartner } from '../../store/partners-repo.js';
import { getChecklistVerdicts } from './get-checklist-verdicts.js';
import { getPartnerPortalAccess } from './get-partner-portal-access.js';

export interface GetPartnerOverviewOptions {
  db: Queryable;
  partnerId: string;
}

export async function getPartnerOverview(o: GetPartnerOverviewOptions) {
  const partner = await findPartner(o.db, o.partnerId);
  if (!partner) throw notFound(`There is no partner ${o.partnerId}.`);
  const keys = (await partnerKeySets(o.db, partner.id)).map((k) => ({ ...k, created_at: Number(k.created_at), revoked_at: k.revoked_at == null ? null : Number(k.revoked_at) }));
  const live = !!(await o.db.selectFrom('listed_partners').select('partner_id').where('partner_id', '=', partner.id).executeTakeFirst());
  const { checklists } = await getChecklistVerdicts({ db: o.db, partnerId: partner.id });
  const portalAccess = await getPartnerPortalAccess({ db: o.db, partnerId: partner.id });
  return { partner, keys, checklists, live, portalAccess };
}
