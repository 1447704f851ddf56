// The eCom API's parts of the shared payments: the eCom facts and sealed authToken on the
// payment row, the payer's approval with shipping added, and each event's transaction text.
import type { EcomFacts } from '../domain/ecom/ecom-payment.js';
import type { Payment, PaymentEvent } from '../domain/payments/payment.js';
import type { Queryable } from './db.js';
import { prepared } from './sqlite/prepared.js';
import { toPayment } from './payments-repo.js';
import { toPaymentEvent } from './payment-events-repo.js';
import type { PaymentRow } from './tables/payments.js';
import type {} from './tables/ecom.js';

export async function insertEcomPayment(db: Queryable, row: PaymentRow & { ecom: string; ecom_auth_token: string | null }): Promise<void> {
  await db.insertInto('payments').values(row).execute();
}

/** Replaces the eCom facts of a payment still waiting for the payer. */
export async function updatePendingEcomFacts(db: Queryable, o: { id: string; ecom: EcomFacts; now: number }): Promise<Payment | undefined> {
  const r = await db
    .updateTable('payments')
    .set({ ecom: JSON.stringify(o.ecom), updated_at: o.now })
    .where('id', '=', o.id)
    .where('state', '=', 'CREATED')
    .returningAll()
    .executeTakeFirst();
  return r ? toPayment(r) : undefined;
}

/**
 * The payer approves an eCom payment: CREATED and not expired → AUTHORIZED for `amount`
 * (the order plus any Express shipping), with the eCom facts as the payer left them. With
 * `captureAll` (direct capture) the same update captures the whole amount.
 */
export async function authorizeEcomPaymentRow(
  db: Queryable,
  o: { id: string; now: number; payerPhone: string; profileSub: string | null; amount: number; ecom: EcomFacts; captureAll: boolean },
): Promise<Payment | undefined> {
  const r = await db
    .updateTable('payments')
    .set({ state: 'AUTHORIZED', amount: o.amount, authorized: o.amount, captured: o.captureAll ? o.amount : 0, authorized_at: o.now, payer_phone: o.payerPhone, profile_sub: o.profileSub, ecom: JSON.stringify(o.ecom), updated_at: o.now })
    .where('id', '=', o.id)
    .where('state', '=', 'CREATED')
    .where('expires_at', '>', o.now)
    .returningAll()
    .executeTakeFirst();
  return r ? toPayment(r) : undefined;
}

export async function findSealedAuthToken(db: Queryable, paymentId: string): Promise<string | null> {
  const r = await db.selectFrom('payments').select('ecom_auth_token').where('id', '=', paymentId).executeTakeFirst();
  return r?.ecom_auth_token ?? null;
}

export async function insertEcomEventText(db: Queryable, eventId: string, text: string): Promise<void> {
  await db.insertInto('ecom_event_texts').values({ event_id: eventId, transaction_text: text }).execute();
}

// Read with every GET of an order's details: its event log and the texts the merchant gave
// with captures, refunds and cancels, in one prepared query.
const eventsWithTexts = prepared(
  (db, paymentId: string) =>
    db
      .selectFrom('payment_events as e')
      .leftJoin('ecom_event_texts as t', 't.event_id', 'e.event_id')
      .select(['e.event_id', 'e.payment_id', 'e.name', 'e.psp_reference', 'e.currency', 'e.amount', 'e.success', 'e.idempotency_key', 'e.created_at', 't.transaction_text'])
      .where('e.payment_id', '=', paymentId)
      .orderBy('e.id'),
  1,
);

/** An order's events in order, and the merchant's transaction texts by event id. */
export async function listEcomEvents(db: Queryable, paymentId: string): Promise<{ events: PaymentEvent[]; texts: Map<string, string> }> {
  const rows = await eventsWithTexts.all(db, paymentId);
  const texts = new Map<string, string>();
  for (const r of rows) if (r.transaction_text !== null) texts.set(r.event_id, r.transaction_text);
  return { events: rows.map(toPaymentEvent), texts };
}
