// The operator records whether the merchant's website shows its organisation number. The
// first thing an operator does with an order starts its processing.
import type { Db } from '../../store/db.js';
import { addCaseEvent, moveCase } from '../../store/signup-cases-repo.js';
import { findProductOrder } from '../../store/product-orders-repo.js';
import { markProductOrderProcessing } from '../product-orders/mark-product-order.js';
import { requireCase } from './case-subject.js';
import { caseMoved } from './decided-already.js';

export async function confirmOrgNumber(o: { db: Db; caseId: string; visible: boolean; actor: string; now: number }): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const c = await requireCase(tx, o.caseId);
    const moved = await moveCase(tx, { id: c.id, from: ['QUEUED', 'AWAITING-CUSTOMER'], set: { org_number_visible: o.visible ? 1 : 0, updated_at: o.now } });
    if (!moved) throw await caseMoved(tx, c.id, 'change its checks');
    if (c.kind === 'product-order' && (await findProductOrder(tx, c.subject_id))?.status === 'SUBMITTED') {
      await markProductOrderProcessing({ db: tx, id: c.subject_id, now: o.now });
    }
    const text = o.visible ? 'Organisation number visible on the website: confirmed' : 'Organisation number visible on the website: not confirmed';
    await addCaseEvent(tx, { case_id: c.id, at: o.now, actor: o.actor, kind: 'check', text, visible_to_merchant: 0 });
  });
}
