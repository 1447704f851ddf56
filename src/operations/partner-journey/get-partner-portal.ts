// The partner's own page in the portal: its keys, its portal access (the Login order for its
// own company), checklists with verdicts, the orders vpp recorded (to pick for
// verification), and its submissions.
import { portalAccessState } from '../../domain/partner-journey/portal-access.js';
import type { Queryable } from '../../store/db.js';
import { recentChecklistReferences } from '../../store/checklist-aggregates-repo.js';
import { submissionsOfPartner } from '../../store/integration-submissions-repo.js';
import { partnerKeySets } from '../../store/partner-applications-repo.js';
import { ownLoginOrders } from '../../store/partner-portal-access-repo.js';
import { getChecklistVerdicts } from './get-checklist-verdicts.js';
import { partnerOfPerson } from './partner-of-person.js';

export interface GetPartnerPortalOptions {
  db: Queryable;
  nin: string;
  orgno: string;
}

export async function getPartnerPortal(o: GetPartnerPortalOptions) {
  const { access, partner } = await partnerOfPerson(o.db, o.nin, o.orgno, 'READ');
  const keys = (await partnerKeySets(o.db, partner.id)).filter((k) => k.revoked_at == null);
  const { checklists, allMet } = await getChecklistVerdicts({ db: o.db, partnerId: partner.id });
  const orders = await recentChecklistReferences(o.db, partner.id, 'epayment', 'created', 20);
  const live = !!(await o.db.selectFrom('listed_partners').select('partner_id').where('partner_id', '=', partner.id).executeTakeFirst());
  const portalAccess = portalAccessState(await ownLoginOrders(o.db, partner.id, o.orgno));
  return { access, partner, keys, portalAccess, checklists, allMet, orders, submissions: await submissionsOfPartner(o.db, partner.id), live };
}
