// The back office reconfigures the MSN for the new partner: from the next API request the
// new partner's keys work for it and the old partner's answer as if it did not exist; the
// unit's own keys are untouched. The merchant and both partners are emailed.
import { conflict } from '../../domain/errors.js';
import { partnerChangeEmails } from '../../domain/partner-change/partner-change-emails.js';
import type { Db } from '../../store/db.js';
import { switchUnitPartner } from '../../store/partner-changes-repo.js';
import { sendEmail } from '../send-email.js';
import { stepPartnerChange } from './step-partner-change.js';

export async function completePartnerChange(o: { db: Db; operator: { id: string; name: string }; id: string; smtp: boolean; now: number }) {
  return o.db.transaction().execute(async (tx) => {
    const c = await stepPartnerChange(tx, {
      id: o.id,
      step: 'COMPLETED',
      set: { closed_by: o.operator.id },
      history: { event: 'partner-changed', detail: (x) => `Partner changed from ${x.from_partner_name ?? 'none'} to ${x.to_partner_name}.`, actor: o.operator.name },
      now: o.now,
    });
    // The unit must still have the partner it had when the merchant asked.
    if (!(await switchUnitPartner(tx, { msn: c.msn, from: c.from_partner_id, to: c.to_partner_id, now: o.now }))) {
      throw conflict(`Sales unit ${c.msn} no longer has the partner it had when the merchant asked (${c.from_partner_name ?? 'none'}). Decline this request; the merchant can ask again.`);
    }
    const emails = partnerChangeEmails({
      orgno: c.orgno,
      merchantName: c.merchant_name,
      msn: c.msn,
      unitName: c.unit_name,
      from: c.from_partner_name && c.from_partner_email ? { name: c.from_partner_name, email: c.from_partner_email } : null,
      to: { name: c.to_partner_name, email: c.to_partner_email },
      merchantEmail: c.merchant_email ?? c.requester_email,
      at: o.now,
    });
    for (const email of emails) await sendEmail({ tx, email, now: o.now, smtp: o.smtp });
    return c;
  });
}
