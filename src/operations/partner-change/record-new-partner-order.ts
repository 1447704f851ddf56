// The back office records that the new partner's order for the reconfiguration arrived
// (how-to-change-partners.md, step 3), with a note of how it came.
import { invalid } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { stepPartnerChange } from './step-partner-change.js';

export async function recordNewPartnerOrder(o: { db: Db; operator: { id: string; name: string }; id: string; reference: string; now: number }): Promise<void> {
  const reference = o.reference.trim();
  if (!reference || reference.length > 300) {
    const reason = reference ? 'must be at most 300 characters' : "say how the new partner's order came (like: email from the partner's contact, with its date)";
    throw invalid(`The order reference ${reason}.`, [{ name: 'reference', reason }]);
  }
  await o.db.transaction().execute((tx) =>
    stepPartnerChange(tx, {
      id: o.id,
      step: 'ORDER_RECEIVED',
      set: { order_reference: reference, order_received_by: o.operator.id, order_received_at: o.now },
      history: { event: 'new-partner-order-received', detail: (c) => `${c.to_partner_name} ordered the reconfiguration: ${reference}`, actor: o.operator.name },
      now: o.now,
    }),
  );
}
