// The payer's side of a landing link: the payment behind its token (expired first if its
// time ran out; eCom orders too), and what a phone has waiting, each with the sales unit's name.
import { isExpress } from '../../domain/ecom/ecom-payment.js';
import type { UserAddress } from '../../domain/payers/vipps-user.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { findPaymentByToken, listPendingForPhone } from '../../store/payments-repo.js';
import { unitNames } from '../../store/units-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { currentPayment } from '../payments/expire-payment.js';

export interface OpenPaymentLinkOptions {
  db: Db;
  token: string;
  now: number;
}

export async function openPaymentLink(o: OpenPaymentLinkOptions): Promise<Payment | undefined> {
  const p = await findPaymentByToken(o.db, o.token);
  return p && currentPayment({ db: o.db, payment: p, now: o.now });
}

/**
 * An eCom order's link, as the payer's app opens it, with its unit's name, and for Express
 * the address the payer ships to (the explicit checkout flow asks them to confirm it).
 */
export async function openEcomOrderLink(o: OpenPaymentLinkOptions): Promise<{ payment: Payment; unitName: string; address?: UserAddress } | undefined> {
  const payment = await openPaymentLink(o);
  if (!payment?.ecom) return undefined;
  const phone = payment.ecom.expressPhone ?? payment.customerPhone;
  const user = isExpress(payment.ecom) && phone ? await findVippsUserByPhone(o.db, phone) : undefined;
  return { payment, unitName: await unitNameOf(o.db, payment), ...(user?.address ? { address: user.address } : {}) };
}

/** The name the payer sees for a payment's sales unit. */
export async function unitNameOf(db: Db, payment: Payment): Promise<string> {
  return (await unitNames(db, [payment.msn])).get(payment.msn) ?? payment.msn;
}

/** The payments waiting for a phone, with their units' names. */
export async function listPayerRequests(o: { db: Db; phone: string; now: number }): Promise<{ payment: Payment; unitName: string }[]> {
  const pending = await listPendingForPhone(o.db, o.phone, o.now);
  const names = await unitNames(o.db, pending.map((p) => p.msn));
  return pending.map((payment) => ({ payment, unitName: names.get(payment.msn) ?? payment.msn }));
}
