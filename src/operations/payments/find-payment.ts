// A payment of one sales unit, as it is now (expired first if its time ran out). A
// reference of another unit is reported exactly as one that does not exist.
import { VppError } from '../../domain/errors.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db, Tx } from '../../store/db.js';
import { findPaymentByReference } from '../../store/payments-repo.js';
import { expireIfDue, expirePayment } from './expire-payment.js';

export const referenceNotFound = (msn: string, reference: string) =>
  new VppError(
    'not_found',
    `The reference ${reference} does not exist for MSN ${msn}. Check the reference and the Merchant-Serial-Number header: a payment belongs only to the sales unit that created it.`,
    { title: 'Reference not found' },
  );

/** Inside a modifying transaction. */
export async function requirePayment(o: { tx: Tx; msn: string; reference: string; now: number; partnerId?: string | null }): Promise<Payment> {
  const p = await findPaymentByReference(o.tx, o.msn, o.reference);
  if (!p) throw referenceNotFound(o.msn, o.reference);
  return expireIfDue({ tx: o.tx, payment: p, now: o.now, partnerId: o.partnerId });
}

/** For reads: no transaction unless the payment must be expired first. */
export async function findPayment(o: { db: Db; msn: string; reference: string; now: number }): Promise<Payment> {
  const p = await findPaymentByReference(o.db, o.msn, o.reference);
  if (!p) throw referenceNotFound(o.msn, o.reference);
  if (p.state !== 'CREATED' || p.expiresAt > o.now) return p;
  await expirePayment({ db: o.db, paymentId: p.id, now: o.now });
  return (await findPaymentByReference(o.db, o.msn, o.reference))!;
}
