// Payments. Every change of state or money is one conditional UPDATE (compare-and-set)
// whose WHERE clause repeats the rule of domain/payments/money-rules.ts: when it matches
// no row, the payment changed underneath and nothing was written.
import type { Payment } from '../domain/payments/payment.js';
import type { Queryable } from './db.js';
import { prepared, preparedInsert } from './sqlite/prepared.js';
import type { PaymentRow } from './tables/payments.js';

export function toPayment(r: PaymentRow): Payment {
  return {
    id: r.id,
    msn: r.msn,
    reference: r.reference,
    pspReference: r.psp_reference,
    state: r.state,
    currency: r.currency,
    amount: Number(r.amount),
    authorized: Number(r.authorized),
    captured: Number(r.captured),
    refunded: Number(r.refunded),
    cancelled: Number(r.cancelled),
    authorizedAt: r.authorized_at === null ? null : Number(r.authorized_at),
    paymentMethod: r.payment_method,
    userFlow: r.user_flow,
    customerPhone: r.customer_phone,
    payerPhone: r.payer_phone,
    description: r.description,
    returnUrl: r.return_url,
    metadata: r.metadata ? JSON.parse(r.metadata) : null,
    details: JSON.parse(r.details),
    profileScope: r.profile_scope,
    profileSub: r.profile_sub,
    landingToken: r.landing_token,
    longLiving: r.long_living === 1,
    expiresAt: Number(r.expires_at),
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    ecom: r.ecom ? JSON.parse(r.ecom) : null,
  };
}

const one = (r: PaymentRow | undefined) => (r ? toPayment(r) : undefined);

// Creating, reading and capturing are the hot paths: prepared once.
const insert = preparedInsert<PaymentRow>('payments', [
  'id', 'msn', 'reference', 'psp_reference', 'state', 'currency', 'amount', 'authorized', 'captured', 'refunded', 'cancelled',
  'payment_method', 'user_flow', 'customer_phone', 'payer_phone', 'description', 'return_url', 'metadata', 'details',
  'profile_scope', 'profile_sub', 'landing_token', 'long_living', 'expires_at', 'authorized_at', 'created_at', 'updated_at',
]);
const byReference = prepared((db, msn: string, reference: string) => db.selectFrom('payments').selectAll().where('msn', '=', msn).where('reference', '=', reference), 2);
const capture = prepared(
  (db, value: number, now: number, id: string) =>
    db
      .updateTable('payments')
      .set((eb) => ({ captured: eb('captured', '+', value), updated_at: now }))
      .where('id', '=', id)
      .where('state', '=', 'AUTHORIZED')
      .where('cancelled', '=', 0)
      .where((eb) => eb(eb('captured', '+', value), '<=', eb.ref('authorized')))
      .returningAll(),
  3,
);

export async function insertPayment(db: Queryable, row: PaymentRow): Promise<void> {
  await insert(db, row);
}

export async function findPaymentByReference(db: Queryable, msn: string, reference: string): Promise<Payment | undefined> {
  return one(await byReference.first(db, msn, reference));
}

export async function findPaymentById(db: Queryable, id: string): Promise<Payment | undefined> {
  return one(await db.selectFrom('payments').selectAll().where('id', '=', id).executeTakeFirst());
}

export async function findPaymentByToken(db: Queryable, token: string): Promise<Payment | undefined> {
  return one(await db.selectFrom('payments').selectAll().where('landing_token', '=', token).executeTakeFirst());
}

/** The payer approves: CREATED and not yet expired → AUTHORIZED for the full amount. */
export async function authorizePaymentRow(db: Queryable, o: { id: string; now: number; payerPhone: string; profileSub: string | null }) {
  return one(
    await db
      .updateTable('payments')
      .set((eb) => ({ state: 'AUTHORIZED', authorized: eb.ref('amount'), authorized_at: o.now, payer_phone: o.payerPhone, profile_sub: o.profileSub, updated_at: o.now }))
      .where('id', '=', o.id)
      .where('state', '=', 'CREATED')
      .where('expires_at', '>', o.now)
      .returningAll()
      .executeTakeFirst(),
  );
}

/** CREATED → ABORTED (the payer said no), EXPIRED (time ran out) or TERMINATED (the merchant cancelled). */
export async function endPendingPaymentRow(
  db: Queryable,
  o: { id: string; now: number; state: 'ABORTED' | 'EXPIRED' | 'TERMINATED'; payerPhone?: string; /** the simulation's time-out */ beforeExpiry?: boolean },
) {
  let q = db
    .updateTable('payments')
    .set((eb) => ({
      state: o.state,
      updated_at: o.now,
      ...(o.state === 'TERMINATED' ? { cancelled: eb.ref('amount') } : {}),
      ...(o.payerPhone ? { payer_phone: o.payerPhone } : {}),
    }))
    .where('id', '=', o.id)
    .where('state', '=', 'CREATED');
  if (o.state === 'EXPIRED' && !o.beforeExpiry) q = q.where('expires_at', '<=', o.now);
  return one(await q.returningAll().executeTakeFirst());
}

/** Capture: never beyond what is authorised, never after a cancel. */
export async function addCapturedRow(db: Queryable, o: { id: string; value: number; now: number }) {
  return one(await capture.first(db, o.value, o.now, o.id));
}

/** Refund: never beyond what is captured. */
export async function addRefundedRow(db: Queryable, o: { id: string; value: number; now: number }) {
  return one(
    await db
      .updateTable('payments')
      .set((eb) => ({ refunded: eb('refunded', '+', o.value), updated_at: o.now }))
      .where('id', '=', o.id)
      .where('state', '=', 'AUTHORIZED')
      .where((eb) => eb(eb('refunded', '+', o.value), '<=', eb.ref('captured')))
      .returningAll()
      .executeTakeFirst(),
  );
}

/** Cancel after approval: release whatever is not captured, once. */
export async function releaseRemainingRow(db: Queryable, o: { id: string; now: number }) {
  return one(
    await db
      .updateTable('payments')
      .set((eb) => ({ cancelled: eb('authorized', '-', eb.ref('captured')), updated_at: o.now }))
      .where('id', '=', o.id)
      .where('state', '=', 'AUTHORIZED')
      .where('cancelled', '=', 0)
      .where((eb) => eb('captured', '<', eb.ref('authorized')))
      .returningAll()
      .executeTakeFirst(),
  );
}

/** Payments waiting for this phone number (push and QR requests named to it). */
export async function listPendingForPhone(db: Queryable, phone: string, now: number): Promise<Payment[]> {
  const rows = await db
    .selectFrom('payments')
    .selectAll()
    .where('customer_phone', '=', phone)
    .where('state', '=', 'CREATED')
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return rows.map(toPayment);
}

/** Ids of pending payments whose time ran out. */
export async function listDueExpiries(db: Queryable, now: number, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('payments').select('id').where('state', '=', 'CREATED').where('expires_at', '<=', now).orderBy('expires_at').limit(limit).execute();
  return rows.map((r) => r.id);
}

export async function listRecentPayments(db: Queryable, o: { msn?: string; limit: number }): Promise<Payment[]> {
  let q = db.selectFrom('payments').selectAll().orderBy('created_at', 'desc').limit(o.limit);
  if (o.msn) q = q.where('msn', '=', o.msn);
  return (await q.execute()).map(toPayment);
}

/** Every sales unit's payment with this reference (the simulation finds a payment by reference alone). */
export async function listPaymentsWithReference(db: Queryable, reference: string): Promise<Payment[]> {
  return (await db.selectFrom('payments').selectAll().where('reference', '=', reference).limit(20).execute()).map((r) => toPayment(r));
}
