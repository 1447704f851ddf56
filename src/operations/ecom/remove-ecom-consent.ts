// The payer withdraws the consent they gave a merchant's Express checkout: the merchant is
// told at consentRemovalPrefix (an outbox delivery) and must forget the payer's details.
import { isExpress } from '../../domain/ecom/ecom-payment.js';
import { VppError } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';
import { findPaymentById } from '../../store/payments-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { subjectAtUnit } from '../../domain/payments/payer.js';

export const ECOM_CONSENT_TOPIC = 'ecom-consent-removal';

export interface ConsentRemovalMessage {
  paymentId: string;
  url: string;
}

export async function removeEcomConsent(o: { db: Db; paymentId: string; now: number }): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const p = await findPaymentById(tx, o.paymentId);
    if (!p?.ecom || !isExpress(p.ecom) || !p.ecom.consentRemovalPrefix || !p.payerPhone || p.authorizedAt === null) {
      throw new VppError('conflict', 'Only an approved Express order shared your details with the merchant; there is no consent to withdraw here.');
    }
    const user = await findVippsUserByPhone(tx, p.payerPhone);
    if (!user) throw new VppError('not_found', 'The payer of this order is not a Vipps user.');
    // The userId the merchant got in userDetails: its unit's sub for the person.
    const userId = subjectAtUnit(user.phone, p.msn);
    const message: ConsentRemovalMessage = { paymentId: p.id, url: `${p.ecom.consentRemovalPrefix}/v2/consents/${encodeURIComponent(userId)}` };
    await enqueueOutbox(tx, o.now, [{ topic: ECOM_CONSENT_TOPIC, orderingKey: `ecom-consent:${p.msn}:${userId}`, payload: message, receiver: receiverOfUrl(message.url) }]);
  });
}
