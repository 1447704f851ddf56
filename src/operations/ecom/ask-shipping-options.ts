// Express checkout: once the payer is known in the app, the merchant is asked for shipping
// options for the payer's address (an outbox delivery to shippingDetailsPrefix, so a slow
// merchant holds nothing up). With staticShippingDetails there is nothing to ask.
import { ecomError } from '../../domain/ecom/errors.js';
import { isExpress } from '../../domain/ecom/ecom-payment.js';
import { VppError, invalid } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { updatePendingEcomFacts } from '../../store/ecom-payments-repo.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';
import { findPaymentById } from '../../store/payments-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';

export const ECOM_SHIPPING_TOPIC = 'ecom-shipping-details';

export interface ShippingRequestMessage {
  paymentId: string;
  url: string;
  body: { addressId: number; addressLine1: string; addressLine2: null; city: string; country: string; postCode: string; addressType: 'H' };
}

export async function askShippingOptions(o: { db: Db; paymentId: string; phone: string; now: number }): Promise<Payment> {
  const n = normalizePhone(o.phone);
  if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }], 'Invalid phone number');
  return o.db.transaction().execute(async (tx) => {
    const p = await findPaymentById(tx, o.paymentId);
    if (!p?.ecom || !isExpress(p.ecom)) throw new VppError('not_found', 'There is no such Express order.');
    if (p.state !== 'CREATED' || p.expiresAt <= o.now) throw new VppError('conflict', `Order ${p.reference} is no longer waiting for the payer.`);
    const user = await findVippsUserByPhone(tx, n.phone);
    if (!user?.address) throw ecomError('validation', 'User', '81', `${n.phone} is not a Vipps user with an address, so Express checkout cannot ship to them.`);
    const ecom = { ...p.ecom, expressPhone: n.phone, shippingOptions: undefined, shippingProblem: undefined };
    const after = (await updatePendingEcomFacts(tx, { id: p.id, ecom, now: o.now }))!;
    if (!ecom.staticShippingDetails && ecom.shippingDetailsPrefix) {
      const message: ShippingRequestMessage = {
        paymentId: p.id,
        url: `${ecom.shippingDetailsPrefix}/v2/payments/${encodeURIComponent(p.reference)}/shippingDetails`,
        body: { addressId: 100 + (Number.parseInt(user.sub.replace(/\D/g, '').slice(0, 6) || '0', 10) % 900_000), addressLine1: user.address.streetAddress, addressLine2: null, city: user.address.city, country: user.address.country, postCode: user.address.postalCode, addressType: 'H' },
      };
      await enqueueOutbox(tx, o.now, [{ topic: ECOM_SHIPPING_TOPIC, orderingKey: `ecom-shipping:${p.id}`, payload: message, receiver: receiverOfUrl(message.url) }]);
    }
    return after;
  });
}
