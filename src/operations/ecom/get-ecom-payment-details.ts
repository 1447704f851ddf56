// GET /ecomm/v2/payments/{orderId}/details and …/status: an eCom order with its whole
// transaction history, read from the shared payment and event log.
import { shippingDetailsOf, sharesUserDetails, userDetailsOf } from '../../domain/ecom/views.js';
import { orderStatusOf, transactionIdOf, transactionLogOf, transactionSummaryOf } from '../../domain/ecom/words.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { listEcomEvents } from '../../store/ecom-payments-repo.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { findPaymentByReference } from '../../store/payments-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { currentPayment } from '../payments/expire-payment.js';
import { orderNotFound } from './adjust-ecom-payment.js';

export interface GetEcomPaymentOptions {
  db: Db;
  unit: UnitFacts;
  orderId: string;
  now: number;
}

async function findOrder(o: GetEcomPaymentOptions): Promise<Payment> {
  const p = await findPaymentByReference(o.db, o.unit.msn, o.orderId);
  if (!p) throw orderNotFound(o.unit.msn, o.orderId);
  return currentPayment({ db: o.db, payment: p, now: o.now });
}

export async function getEcomPaymentDetails(o: GetEcomPaymentOptions) {
  const p = await findOrder(o);
  const { events, texts } = await listEcomEvents(o.db, p.id);
  const user = p.payerPhone && sharesUserDetails(p) && p.authorizedAt !== null ? await findVippsUserByPhone(o.db, p.payerPhone) : undefined;
  const shippingDetails = shippingDetailsOf(p);
  return {
    orderId: p.reference,
    ...(shippingDetails ? { shippingDetails } : {}),
    transactionLogHistory: transactionLogOf(events, texts, p.ecom?.transactionText ?? p.description ?? '', p.ecom),
    // Absent until the payer has acted, as documented.
    ...(p.authorizedAt !== null ? { transactionSummary: transactionSummaryOf(p) } : {}),
    ...(user ? { userDetails: userDetailsOf(user, p.msn) } : {}),
    ...(p.profileSub ? { sub: p.profileSub } : {}),
  };
}

export async function getEcomOrderStatus(o: GetEcomPaymentOptions) {
  const p = await findOrder(o);
  const events = await listPaymentEvents(o.db, p.id);
  const last = events[events.length - 1]!;
  return {
    orderId: p.reference,
    transactionInfo: { amount: p.amount, status: orderStatusOf(last, p.ecom), timeStamp: new Date(last.createdAt).toISOString(), transactionId: transactionIdOf(last.pspReference) },
  };
}
