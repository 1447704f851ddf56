// The back office's two partner queues: applications, and integrations to verify.
import type { Queryable } from '../../store/db.js';
import { listSubmissions } from '../../store/integration-submissions-repo.js';
import { listPartnerApplications } from '../../store/partner-applications-repo.js';
import { partnerApplicationOf, type PartnerApplication } from './partner-application-view.js';

export interface ListPartnerQueuesOptions {
  db: Queryable;
}

export async function listApplicationQueue(o: ListPartnerQueuesOptions): Promise<{ pending: PartnerApplication[]; decided: PartnerApplication[] }> {
  const [pending, approved, declined] = await Promise.all([
    listPartnerApplications(o.db, 'PENDING', 100),
    listPartnerApplications(o.db, 'APPROVED', 25),
    listPartnerApplications(o.db, 'DECLINED', 25),
  ]);
  const decided = [...approved, ...declined].map(partnerApplicationOf).sort((a, b) => Number(b.decidedAt) - Number(a.decidedAt));
  return { pending: pending.map(partnerApplicationOf), decided };
}

export async function listIntegrationQueue(o: ListPartnerQueuesOptions) {
  const [submitted, approved, more] = await Promise.all([listSubmissions(o.db, 'SUBMITTED', 100), listSubmissions(o.db, 'APPROVED', 25), listSubmissions(o.db, 'MORE_INFORMATION', 25)]);
  return { submitted, decided: [...approved, ...more] };
}

export async function getSubmission(o: ListPartnerQueuesOptions & { id: string }) {
  return o.db
    .selectFrom('integration_submissions as s')
    .innerJoin('partners as p', 'p.id', 's.partner_id')
    .selectAll('s')
    .select(['p.name as partner_name', 'p.level as partner_level'])
    .where('s.id', '=', o.id)
    .executeTakeFirst();
}
