// The payer approves or rejects an eCom order in the simulated app (or force approve does).
// An Express order is approved with a shipping option: its cost is added to the reserved
// amount, and the option and the payer's address go to the merchant with the callback.
// The payer's card decides (the world's card outcome and balance): a refusal is logged as
// a failed RESERVE (SALE) and called back, and the order still waits for the payer. On a
// unit with direct capture the approval captures the whole amount at once (a SALE).
import { ecomError } from '../../domain/ecom/errors.js';
import { isExpress, shippingMinorUnits, shippingOptionsOf, type EcomFacts } from '../../domain/ecom/ecom-payment.js';
import { refusalErrorOf } from '../../domain/ecom/words.js';
import { VppError, invalid } from '../../domain/errors.js';
import type { CardRefusal } from '../../domain/payments/card-refusal.js';
import { normalizePhone, subjectAtUnit } from '../../domain/payments/payer.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import type { Db } from '../../store/db.js';
import { authorizeEcomPaymentRow } from '../../store/ecom-payments-repo.js';
import { endPendingPaymentRow, findPaymentById } from '../../store/payments-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { chargePayerCard } from '../payments/charge-payer-card.js';
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
  /** Express with useExplicitCheckoutFlow: the payer confirmed the address shown. */
  addressConfirmed?: boolean;
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

/** The Express shipping the payer chose; without the explicit flow the default option serves. */
function chosenShipping(o: ActOnEcomPaymentOptions, ecom: EcomFacts, user: VippsUser | undefined, phone: string) {
  if (!user?.address) throw ecomError('validation', 'User', '81', `${phone} is not a Vipps user with an address, so Express checkout cannot ship to them.`);
  const options = shippingOptionsOf(ecom);
  if (!options?.length) throw invalid('The merchant has offered no shipping options yet; wait for them, or reject the order.', [{ name: 'shippingMethodId', reason: 'no options to choose from' }], 'No shipping methods found');
  const explicit = ecom.useExplicitCheckoutFlow;
  const chosen = options.find((s) => s.shippingMethodId === o.shippingMethodId) ?? (o.shippingMethodId === undefined && !explicit ? options.find((s) => s.isDefault === 'Y') : undefined);
  if (!chosen) {
    const why = explicit && o.shippingMethodId === undefined ? 'The merchant asks the payer to choose shipping themselves (useExplicitCheckoutFlow). ' : '';
    throw invalid(`${why}Choose one of the shipping options: ${options.map((s) => s.shippingMethodId).join(', ')}.`, [{ name: 'shippingMethodId', reason: 'is not one of the options' }], 'Choose shipping');
  }
  if (explicit && !o.addressConfirmed) {
    throw invalid('The merchant asks the payer to confirm the address to ship to (useExplicitCheckoutFlow): confirm it (addressConfirmed: true), or reject the order.', [{ name: 'addressConfirmed', reason: 'must be true' }], 'Confirm the address');
  }
  const a = user.address;
  return { address: { addressLine1: a.streetAddress, city: a.city, country: a.country, zipCode: a.postalCode }, shippingCost: chosen.shippingCost, shippingMethod: chosen.shippingMethod, shippingMethodId: chosen.shippingMethodId };
}

export async function actOnEcomPayment(o: ActOnEcomPaymentOptions): Promise<Payment> {
  const result = await o.db.transaction().execute(async (tx): Promise<{ payment: Payment; refusal?: CardRefusal }> => {
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
      return { payment: after };
    }

    if (!phone) throw invalid('Name the payer: give the phone number that approves the order.', [{ name: 'phoneNumber', reason: 'is required' }], 'Approve failed');
    const user = await findVippsUserByPhone(tx, phone);
    let amount = p.amount;
    let facts: EcomFacts = ecom;
    if (isExpress(ecom)) {
      const shipping = chosenShipping(o, ecom, user, phone);
      amount += shippingMinorUnits(shipping.shippingCost);
      facts = { ...ecom, shipping };
    }
    const refusal = await chargePayerCard(tx, user, amount);
    if (refusal) {
      await recordPaymentEvent({ tx, payment: p, name: 'AUTHORIZED', amount, pspReference: p.pspReference, idempotencyKey: null, now: o.now, refusal });
      return { payment: p, refusal };
    }
    const captureAll = ecom.directCapture === true;
    const after = await authorizeEcomPaymentRow(tx, { id: p.id, now: o.now, payerPhone: phone, profileSub: p.profileScope ? subjectAtUnit(phone, p.msn) : null, amount, ecom: facts, captureAll });
    if (!after) throw notPending((await findPaymentById(tx, p.id))!);
    await recordPaymentEvent({ tx, payment: after, name: 'AUTHORIZED', amount: after.authorized, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
    if (captureAll) await recordPaymentEvent({ tx, payment: after, name: 'CAPTURED', amount: after.captured, pspReference: timeOrderedId(), idempotencyKey: null, now: o.now });
    return { payment: after };
  });
  if (result.refusal) {
    // Committed first: the failed attempt stays in the log and its callback goes out.
    const e = refusalErrorOf(result.refusal);
    throw ecomError('validation', e.errorGroup, e.errorCode, `${e.errorMessage} Order ${result.payment.reference} still waits for the payer.`);
  }
  return result.payment;
}
