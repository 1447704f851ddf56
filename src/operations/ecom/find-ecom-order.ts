// An order of one sales unit by its orderId; another unit's is reported as not existing.
import type { Payment } from '../../domain/payments/payment.js';
import type { Queryable } from '../../store/db.js';
import { findPaymentByReference } from '../../store/payments-repo.js';
import { orderNotFound } from './adjust-ecom-payment.js';

export async function findEcomOrder(o: { db: Queryable; msn: string; orderId: string }): Promise<Payment> {
  const p = await findPaymentByReference(o.db, o.msn, o.orderId);
  if (!p) throw orderNotFound(o.msn, o.orderId);
  return p;
}
