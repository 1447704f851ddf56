// The payer approves or rejects an eCom order in the simulated app (or force approve does).
// An Express order is approved with a shipping option: its cost is added to the reserved
// amount, and the option and the payer's address go to the merchant with the callback.
import { ecomError } from '../../domain/ecom/errors.js';
import { isExpress, shippingMinorUnits, shippingOptionsOf, type EcomFacts } from '../../domain/ecom/ecom-payment.js';
import { VppError, invalid } from '../../domain/errors.js';
import { normalizePhone, subjectAtUnit } from '../../domain/payments/payer.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { authorizeEcomPaymentRow } from '../../store/ecom-payments-repo.js';
import { endPendingPaymentRow, findPaymentById } from '../../store/payments-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { expireIfDue } from '../payments/expire-payment.js';
import { recordPaymentEvent } from '../payments/record-payment-event.js';

export interface ActOnEcomPaymentOptions {
  db: Db;
  paymentId: string;
  decision: 'approve' | 'reject';
  /** The payer's phone number; defaults to the one the merchant gave or the app asked for. */
  phone?: string;
  /** Express: the shippingMethodId the payer chose. */
  shippingMethodId?: string;
  now: number;
}

const notPending = (p: Payment) =>
  new VppError('conflict', `Order ${p.reference} is ${p.state}: only an order waiting for the payer can be approved or rejected.`, { title: 'Order is not waiting for the payer' });

function phoneOf(o: ActOnEcomPaymentOptions, p: Payment): string | undefined {
  const given = o.phone?.trim() ? o.phone : (p.ecom?.expressPhone ?? p.customerPhone ?? undefined);
  if (given === undefined) return undefined;
  const n = normalizePhone(given);
  if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }], 'Invalid phone number');
  return n.phone;
}

export async function actOnEcomPayment(o: ActOnEcomPaymentOptions): Promise<Payment> {
  return o.db.transaction().execute(async (tx) => {
    const found = await findPaymentById(tx, o.paymentId);
    if (!found?.ecom) throw new VppError('not_found', 'There is no such eCom order.');
    const p = await expireIfDue({ tx, payment: found, now: o.now });
    if (p.state !== 'CREATED') throw notPending(p);
    const ecom = p.ecom!;
    const phone = phoneOf(o, p);

    if (o.decision === 'reject') {
      const after = await endPendingPaymentRow(tx, { id: p.id, now: o.now, state: 'ABORTED', payerPhone: phone });
      if (!after) throw notPending((await findPaymentById(tx, p.id))!);
      await recordPaymentEvent({ tx, payment: after, name: 'ABORTED', amount: after.amount, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
      return after;
    }

    if (!phone) throw invalid('Name the payer: give the phone number that approves the order.', [{ name: 'phoneNumber', reason: 'is required' }], 'Approve failed');
    let amount = p.amount;
    let facts: EcomFacts = ecom;
    if (isExpress(ecom)) {
      const user = await findVippsUserByPhone(tx, phone);
      if (!user?.address) throw ecomError('validation', 'User', '81', `${phone} is not a Vipps user with an address, so Express checkout cannot ship to them.`);
      const options = shippingOptionsOf(ecom);
      if (!options?.length) throw invalid('The merchant has offered no shipping options yet; wait for them, or reject the order.', [{ name: 'shippingMethodId', reason: 'no options to choose from' }], 'No shipping methods found');
      const chosen = options.find((s) => s.shippingMethodId === o.shippingMethodId) ?? (o.shippingMethodId === undefined ? options.find((s) => s.isDefault === 'Y') : undefined);
      if (!chosen) throw invalid(`Choose one of the shipping options: ${options.map((s) => s.shippingMethodId).join(', ')}.`, [{ name: 'shippingMethodId', reason: 'is not one of the options' }], 'Choose shipping');
      amount += shippingMinorUnits(chosen.shippingCost);
      facts = {
        ...ecom,
        shipping: {
          address: { addressLine1: user.address.streetAddress, city: user.address.city, country: user.address.country, zipCode: user.address.postalCode },
          shippingCost: chosen.shippingCost,
          shippingMethod: chosen.shippingMethod,
          shippingMethodId: chosen.shippingMethodId,
        },
      };
    }
    const after = await authorizeEcomPaymentRow(tx, { id: p.id, now: o.now, payerPhone: phone, profileSub: p.profileScope ? subjectAtUnit(phone, p.msn) : null, amount, ecom: facts });
    if (!after) throw notPending((await findPaymentById(tx, p.id))!);
    await recordPaymentEvent({ tx, payment: after, name: 'AUTHORIZED', amount: after.authorized, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
    return after;
  });
}
