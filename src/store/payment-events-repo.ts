// Each payment's append-only event log.
import type { PaymentEvent } from '../domain/payments/payment.js';
import type { Queryable } from './db.js';
import { prepared, preparedInsert } from './sqlite/prepared.js';
import type { PaymentEventRow } from './tables/payments.js';

const insert = preparedInsert<Omit<PaymentEventRow, 'id'>>('payment_events', [
  'event_id', 'payment_id', 'name', 'psp_reference', 'currency', 'amount', 'success', 'idempotency_key', 'created_at',
]);

export async function insertPaymentEvent(db: Queryable, e: PaymentEvent): Promise<void> {
  await insert(db, {
    event_id: e.eventId,
    payment_id: e.paymentId,
    name: e.name,
    psp_reference: e.pspReference,
    currency: e.currency,
    amount: e.amount,
    success: e.success ? 1 : 0,
    idempotency_key: e.idempotencyKey,
    created_at: e.createdAt,
  });
}

// Read on every GET of an ePayment payment's events.
const eventsOf = prepared((db, paymentId: string) => db.selectFrom('payment_events').selectAll().where('payment_id', '=', paymentId).orderBy('id'), 1);

export function toPaymentEvent(r: Omit<PaymentEventRow, 'id'>): PaymentEvent {
  return {
    eventId: r.event_id,
    paymentId: r.payment_id,
    name: r.name,
    pspReference: r.psp_reference,
    currency: r.currency,
    amount: Number(r.amount),
    success: r.success === 1,
    idempotencyKey: r.idempotency_key,
    createdAt: Number(r.created_at),
  };
}

export async function listPaymentEvents(db: Queryable, paymentId: string): Promise<PaymentEvent[]> {
  return (await eventsOf.all(db, paymentId)).map(toPaymentEvent);
}
