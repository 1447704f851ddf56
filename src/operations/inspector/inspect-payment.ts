// One payment with its event log and webhook deliveries (with their attempts), for the
// inspector; undefined when there is no such payment.
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import type { Queryable } from '../../store/db.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { findPaymentById } from '../../store/payments-repo.js';
import { listDeliveriesWithAttempts, type Delivery } from '../webhooks/list-deliveries.js';

export interface InspectedPayment {
  payment: Payment;
  events: PaymentEvent[];
  deliveries: Delivery[];
}

export async function inspectPayment(o: { db: Queryable; id: string }): Promise<InspectedPayment | undefined> {
  const payment = await findPaymentById(o.db, o.id);
  if (!payment) return undefined;
  const [events, deliveries] = await Promise.all([listPaymentEvents(o.db, payment.id), listDeliveriesWithAttempts({ db: o.db, filter: { paymentId: payment.id, limit: 500 } })]);
  return { payment, events, deliveries };
}
