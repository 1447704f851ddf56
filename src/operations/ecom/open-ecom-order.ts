// The eCom order behind a payment link's token, as the payer's app opens it: expired first
// if its time ran out, with the sales unit's name. Undefined for no such eCom order.
import type { Payment } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { findPaymentByToken } from '../../store/payments-repo.js';
import { unitNames } from '../../store/unit-facts-repo.js';
import { expirePayment } from '../payments/expire-payment.js';

export async function openEcomOrder(o: { db: Db; token: string; now: number; afterExpire?: () => void }): Promise<{ payment: Payment; unitName: string } | undefined> {
  let p = await findPaymentByToken(o.db, o.token);
  if (!p?.ecom) return undefined;
  if (p.state === 'CREATED' && p.expiresAt <= o.now) {
    if (await expirePayment({ db: o.db, paymentId: p.id, now: o.now })) o.afterExpire?.();
    p = (await findPaymentByToken(o.db, o.token))!;
  }
  return { payment: p, unitName: (await unitNames(o.db, [p.msn])).get(p.msn) ?? p.msn };
}
