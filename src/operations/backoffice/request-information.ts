// The back office asks the merchant for more information: the question is emailed to the
// merchant and shown in the portal; an order becomes AWAITING-CUSTOMER until the merchant
// answers.
import { invalid } from '../../domain/errors.js';
import { questionEmail } from '../../domain/signup/signup-emails.js';
import { addCaseEvent, moveCase } from '../../store/signup-cases-repo.js';
import { markProductOrderAwaitingCustomer } from '../product-orders/mark-product-order.js';
import { sendEmail } from '../send-email.js';
import type { DecisionContext } from './approve-case.js';
import { casePortalUrl, caseWhat, companyName, merchantContactEmail, requireCase } from './case-subject.js';
import { caseMoved } from './decided-already.js';

export async function requestInformation(o: DecisionContext & { question: string }): Promise<void> {
  const question = o.question.trim();
  if (!question) throw invalid('Write the question for the merchant.', [{ name: 'question', reason: 'is required' }]);
  if (question.length > 2000) throw invalid('The question is too long.', [{ name: 'question', reason: 'may be at most 2000 characters' }]);
  await o.db.transaction().execute(async (tx) => {
    const c = await requireCase(tx, o.caseId);
    const asked = await moveCase(tx, { id: c.id, from: ['QUEUED'], set: { state: 'AWAITING-CUSTOMER', questions_asked: c.questions_asked + 1, updated_at: o.now } });
    if (!asked) throw await caseMoved(tx, c.id, 'get a new question (a question may already be open)');
    if (c.kind === 'product-order') await markProductOrderAwaitingCustomer({ db: tx, id: c.subject_id, now: o.now });
    await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.actor, kind: 'question', text: question, visible_to_merchant: 1 });
    const to = await merchantContactEmail(tx, c.orgno);
    if (to) {
      const email = questionEmail(to, { merchantName: await companyName(tx, c.orgno), what: await caseWhat(tx, c), question, link: await casePortalUrl(tx, c, o.publicUrl) });
      await sendEmail({ tx, email, now: o.now, smtp: o.smtp });
    }
  });
}
