// The payer approves (AUTHORIZED) or rejects (ABORTED) a payment in the simulated app, on
// the landing page, through the simulation API, or by force-approve in test mode.
import { VppError, invalid } from '../../domain/errors.js';
import type { Payment } from '../../domain/payments/payment.js';
import { normalizePhone, subjectAtUnit } from '../../domain/payments/payer.js';
import { ageOf, checkPayerAge } from '../../domain/payments/payer-age.js';
import { ageOn } from '../../domain/payers/vipps-user.js';
import type { Queryable } from '../../store/db.js';
import { findPersonByPhone } from '../../store/registry-repo.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import type { Db } from '../../store/db.js';
import { authorizePaymentRow, endPendingPaymentRow, findPaymentById } from '../../store/payments-repo.js';
import { refusalDetailOf, refusalTitleOf, type CardRefusal } from '../../domain/payments/card-refusal.js';
import { chargePayerCard } from './charge-payer-card.js';
import { expireIfDue } from './expire-payment.js';
import { recordPaymentEvent } from './record-payment-event.js';

export interface ActAsPayerOptions {
  db: Db;
  paymentId: string;
  decision: 'approve' | 'reject';
  /** The payer's phone number as entered; defaults to the customer the merchant named. */
  phone?: string;
  now: number;
}

const notPending = (p: Payment, decision: string) =>
  new VppError('conflict', `The payment ${p.reference} cannot be ${decision === 'approve' ? 'approved' : 'rejected'}: it is ${p.state}, and only a CREATED payment waits for the payer.`, {
    title: decision === 'approve' ? (p.state === 'AUTHORIZED' ? 'Payment is already reserved' : 'Approve failed') : 'Payment cannot be rejected',
  });

export async function actAsPayer(o: ActAsPayerOptions): Promise<Payment> {
  const result = await o.db.transaction().execute(async (tx): Promise<{ payment: Payment; refusal?: CardRefusal }> => {
    const found = await findPaymentById(tx, o.paymentId);
    if (!found) throw new VppError('not_found', 'There is no such payment.');
    const p = await expireIfDue({ tx, payment: found, now: o.now });
    if (p.state !== 'CREATED') throw notPending(p, o.decision);

    const given = o.phone?.trim() ? o.phone : (p.customerPhone ?? undefined);
    let phone: string | undefined;
    if (given !== undefined) {
      const n = normalizePhone(given);
      if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }], 'Invalid phone number');
      phone = n.phone;
    }
    if (o.decision === 'approve') {
      if (!phone) throw invalid('Name the payer: give the phone number that approves the payment.', [{ name: 'phoneNumber', reason: 'is required' }], 'Approve failed');
      if (p.details.minimumUserAge != null) {
        checkPayerAge({ minimumUserAge: p.details.minimumUserAge, age: await payerAge(tx, phone, o.now), reference: p.reference });
      }
      // The payer's card may refuse: the attempt is logged (no webhook) and the payment waits on.
      const refusal = await chargePayerCard(tx, await findVippsUserByPhone(tx, phone), p.amount);
      if (refusal) {
        await recordPaymentEvent({ tx, payment: p, name: 'AUTHORIZED', amount: p.amount, pspReference: p.pspReference, idempotencyKey: null, now: o.now, refusal });
        return { payment: p, refusal };
      }
      const after = await authorizePaymentRow(tx, { id: p.id, now: o.now, payerPhone: phone, profileSub: p.profileScope ? subjectAtUnit(phone, p.msn) : null });
      if (!after) throw notPending((await findPaymentById(tx, p.id))!, o.decision);
      await recordPaymentEvent({ tx, payment: after, name: 'AUTHORIZED', amount: after.authorized, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
      return { payment: after };
    }
    const after = await endPendingPaymentRow(tx, { id: p.id, now: o.now, state: 'ABORTED', payerPhone: phone });
    if (!after) throw notPending((await findPaymentById(tx, p.id))!, o.decision);
    await recordPaymentEvent({ tx, payment: after, name: 'ABORTED', amount: after.amount, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
    return { payment: after };
  });
  if (result.refusal) {
    // A conflict: approving again with the same card cannot succeed (the payer-app job gives up too).
    throw new VppError('conflict', `${refusalDetailOf(result.refusal)} Payment ${result.payment.reference} still waits for the payer.`, { title: refusalTitleOf(result.refusal) });
  }
  return result.payment;
}

/** The payer's age: the Vipps user's birth date, else the registry person's identity number. */
async function payerAge(db: Queryable, phone: string, now: number): Promise<number | null> {
  const user = await findVippsUserByPhone(db, phone);
  const fromUser = user ? ageOn(user, now) : null;
  if (fromUser !== null) return fromUser;
  const person = await findPersonByPhone(db, phone);
  return person ? ageOf(person.nin, now) : null;
}
