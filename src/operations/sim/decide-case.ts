// The back office's decisions, taken through the simulation API: approve, decline or ask
// for more information on a case, named by its case id or by the product order's or
// agreement's id (what a partner knows). The same operations an operator's clicks run.
import { notFound } from '../../domain/errors.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { findCase, findCaseOf } from '../../store/signup-cases-repo.js';
import { approveCase } from '../backoffice/approve-case.js';
import { declineCase } from '../backoffice/decline-case.js';
import { requestInformation } from '../backoffice/request-information.js';

export const SIM_OPERATOR = 'Simulation API (back office)';

export type CaseDecision = { decision: 'approve' } | { decision: 'decline'; reason: string } | { decision: 'request-information'; question: string };

export interface DecideCaseOptions {
  db: Db;
  box: SecretBox;
  /** A case id, a product order id (prefilledOrderId) or a merchant agreement id. */
  id: string;
  now: number;
  publicUrl: string;
  smtp: boolean;
}

export async function resolveCaseId(db: Db, id: string): Promise<string> {
  const c = (await findCase(db, id)) ?? (await findCaseOf(db, 'product-order', id)) ?? (await findCaseOf(db, 'agreement', id));
  if (!c) throw notFound(`There is no back-office case for ${id}: give a case id, a product order's prefilledOrderId or a merchant agreement's id. A product order has a case once the merchant has sent it.`);
  return c.id;
}

export async function decideCase(o: DecideCaseOptions & CaseDecision): Promise<{ caseId: string; msn: string | null }> {
  const caseId = await resolveCaseId(o.db, o.id);
  const ctx = { db: o.db, caseId, actor: SIM_OPERATOR, now: o.now, publicUrl: o.publicUrl, smtp: o.smtp };
  if (o.decision === 'approve') return { caseId, ...(await approveCase({ ...ctx, box: o.box })) };
  if (o.decision === 'decline') await declineCase({ ...ctx, reason: o.reason });
  else await requestInformation({ ...ctx, question: o.question });
  return { caseId, msn: null };
}
