// A payment nobody acted on in time becomes EXPIRED, once, whichever node or request
// notices first (the conditional UPDATE decides).
import type { Payment } from '../../domain/payments/payment.js';
import type { Db, Tx } from '../../store/db.js';
import { endPendingPaymentRow, findPaymentById } from '../../store/payments-repo.js';
import { recordPaymentEvent } from './record-payment-event.js';

const isDue = (p: Payment, now: number) => p.state === 'CREATED' && p.expiresAt <= now;

/** Expires the payment if due; returns it only when this call expired it. */
async function expireNow(tx: Tx, payment: Payment, now: number, partnerId?: string | null): Promise<Payment | undefined> {
  const expired = await endPendingPaymentRow(tx, { id: payment.id, now, state: 'EXPIRED' });
  if (expired) {
    await recordPaymentEvent({ tx, payment: expired, name: 'EXPIRED', amount: expired.amount, pspReference: expired.pspReference, idempotencyKey: null, now, partnerId });
  }
  return expired;
}

/** Inside a transaction: expires `payment` if its time is up; returns the payment as it is now. */
export async function expireIfDue(o: { tx: Tx; payment: Payment; now: number; partnerId?: string | null }): Promise<Payment> {
  if (!isDue(o.payment, o.now)) return o.payment;
  return (await expireNow(o.tx, o.payment, o.now, o.partnerId)) ?? (await findPaymentById(o.tx, o.payment.id))!;
}

/** In its own transaction (the sweeper, reads): true when this call expired the payment. */
export async function expirePayment(o: { db: Db; paymentId: string; now: number }): Promise<boolean> {
  return o.db.transaction().execute(async (tx) => {
    const p = await findPaymentById(tx, o.paymentId);
    if (!p || !isDue(p, o.now)) return false;
    return (await expireNow(tx, p, o.now)) !== undefined;
  });
}

/**
 * Outside a transaction (reads: the payer's link, eCom details): the payment as it is now,
 * expired first if its time ran out, whichever request noticed.
 */
export async function currentPayment(o: { db: Db; payment: Payment; now: number }): Promise<Payment> {
  if (!isDue(o.payment, o.now)) return o.payment;
  await expirePayment({ db: o.db, paymentId: o.payment.id, now: o.now });
  return (await findPaymentById(o.db, o.payment.id))!;
}
