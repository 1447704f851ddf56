// The merchant answers the back office's question in the portal: the answer is recorded,
// the case returns to the queue, and an order goes back to PROCESSING.
import { invalid } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { addCaseEvent, moveCase } from '../../store/signup-cases-repo.js';
import { markProductOrderProcessing } from '../product-orders/mark-product-order.js';
import { requireCase } from '../backoffice/case-subject.js';
import { caseMoved } from '../backoffice/decided-already.js';
import { requireCompanyAccess } from './portal-access.js';

export async function answerQuestion(o: { db: Db; caseId: string; nin: string; personName: string; answer: string; now: number }) {
  const c = await requireCase(o.db, o.caseId);
  await requireCompanyAccess({ db: o.db, nin: o.nin, orgno: c.orgno, permission: 'ADMIN', what: 'answer questions about this application' });
  const answer = o.answer.trim();
  if (!answer) throw invalid('Write your answer before sending it.', [{ name: 'answer', reason: 'is required' }]);
  if (answer.length > 4000) throw invalid('The answer is too long.', [{ name: 'answer', reason: 'may be at most 4000 characters' }]);
  await o.db.transaction().execute(async (tx) => {
    const back = await moveCase(tx, { id: c.id, from: ['AWAITING-CUSTOMER'], set: { state: 'QUEUED', queued_at: o.now, updated_at: o.now } });
    if (!back) throw await caseMoved(tx, c.id, 'take an answer now (no question is open)');
    if (c.kind === 'product-order') await markProductOrderProcessing({ db: tx, id: c.subject_id, now: o.now });
    await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.personName, kind: 'answer', text: answer, visible_to_merchant: 1 });
  });
  return c;
}
