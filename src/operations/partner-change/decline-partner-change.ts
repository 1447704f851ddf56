// The back office declines a partner change; the merchant is told why by email.
import { invalid } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { sendEmail } from '../send-email.js';
import { stepPartnerChange } from './step-partner-change.js';

export async function declinePartnerChange(o: { db: Db; operator: { id: string; name: string }; id: string; reason: string; smtp: boolean; now: number }): Promise<void> {
  const reason = o.reason.trim();
  if (!reason || reason.length > 1000) {
    const why = reason ? 'must be at most 1000 characters' : 'say why, in words the merchant will read';
    throw invalid(`The reason ${why}.`, [{ name: 'reason', reason: why }]);
  }
  await o.db.transaction().execute(async (tx) => {
    const c = await stepPartnerChange(tx, {
      id: o.id,
      step: 'DECLINED',
      set: { closed_by: o.operator.id, close_reason: reason },
      history: { event: 'partner-change-declined', detail: (x) => `Declined moving the unit to ${x.to_partner_name}: ${reason}`, actor: o.operator.name },
      now: o.now,
    });
    await sendEmail({
      tx,
      email: {
        to: c.merchant_email ?? c.requester_email,
        subject: `Your request to move sales unit ${c.msn} to ${c.to_partner_name} was declined`,
        body: `We did not move the sales unit ${c.unit_name} (MSN ${c.msn}) of ${c.merchant_name} to ${c.to_partner_name}.\n\nReason: ${reason}\n\nThe unit keeps its partner (${c.from_partner_name ?? 'none'}).`,
      },
      now: o.now,
      smtp: o.smtp,
    });
  });
}
