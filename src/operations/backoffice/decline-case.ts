// Declines a case. The internal reason stays in the back office; the merchant is emailed
// that it was not approved, without the reason; the partner is told nothing. An order
// becomes STOPPED as every other stop does (markProductOrderStopped), an agreement DECLINED.
import { invalid } from '../../domain/errors.js';
import { declineEmail } from '../../domain/signup/signup-emails.js';
import { findAgreement, moveAgreement } from '../../store/merchant-agreements-repo.js';
import { addCaseEvent, moveCase } from '../../store/signup-cases-repo.js';
import { markProductOrderStopped } from '../product-orders/mark-product-order.js';
import { sendEmail } from '../send-email.js';
import type { DecisionContext } from './approve-case.js';
import { casePortalUrl, caseWhat, companyName, merchantContactEmail, requireCase } from './case-subject.js';
import { caseMoved } from './decided-already.js';

/** What an order's status_reason says: the merchant may read it, the partner never does. */
export const DECLINED_STATUS_REASON = 'Declined by Vipps MobilePay after customer control';

export async function declineCase(o: DecisionContext & { reason: string }): Promise<void> {
  const reason = o.reason.trim();
  if (!reason) throw invalid('Give the internal reason for declining; it stays in the back office.', [{ name: 'reason', reason: 'is required' }]);
  if (reason.length > 2000) throw invalid('The reason is too long.', [{ name: 'reason', reason: 'may be at most 2000 characters' }]);
  await o.db.transaction().execute(async (tx) => {
    const c = await requireCase(tx, o.caseId);
    const claimed = await moveCase(tx, { id: c.id, from: ['QUEUED', 'AWAITING-CUSTOMER'], set: { state: 'DECLINED', internal_reason: reason, decided_by: o.actor, decided_at: o.now, updated_at: o.now } });
    if (!claimed) throw await caseMoved(tx, c.id, 'be declined');
    if (c.kind === 'agreement') {
      const a = (await findAgreement(tx, c.subject_id))!;
      await moveAgreement(tx, { id: a.id, from: a.status, to: 'DECLINED', now: o.now });
    } else {
      await markProductOrderStopped({ db: tx, id: c.subject_id, now: o.now, reason: DECLINED_STATUS_REASON });
    }
    await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.actor, kind: 'declined', text: 'Not approved', visible_to_merchant: 1 });
    await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.actor, kind: 'internal-reason', text: reason, visible_to_merchant: 0 });
    const to = await merchantContactEmail(tx, c.orgno);
    if (to) {
      const email = declineEmail(to, { orgno: c.orgno, merchantName: await companyName(tx, c.orgno), what: await caseWhat(tx, c), portalUrl: await casePortalUrl(tx, c, o.publicUrl) });
      await sendEmail({ tx, email, now: o.now, smtp: o.smtp });
    }
  });
}
