// One payment with its event log and webhook deliveries (with their attempts), for the
// inspector; undefined when there is no such payment.
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import type { Queryable } from '../../store/db.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { findPaymentById } from '../../store/payments-repo.js';
import { nextDeliveryAttempts } from '../../store/outbox-repo.js';
import { listAttempts, listDeliveries } from '../../store/webhook-deliveries-repo.js';
import { WEBHOOK_TOPIC } from '../webhooks/publish-webhook-event.js';
import type { RecentDeliveries } from './list-recent-deliveries.js';

export async function inspectPayment(o: { db: Queryable; id: string }): Promise<(RecentDeliveries & { payment: Payment; events: PaymentEvent[] }) | undefined> {
  const payment = await findPaymentById(o.db, o.id);
  if (!payment) return undefined;
  const [events, deliveries] = await Promise.all([listPaymentEvents(o.db, payment.id), listDeliveries(o.db, { paymentId: payment.id, limit: 500 })]);
  const attempts = await listAttempts(o.db, deliveries.map((d) => d.id));
  const nextAttempts = await nextDeliveryAttempts(o.db, WEBHOOK_TOPIC, deliveries.filter((d) => d.status === 'pending').map((d) => d.id));
  return { payment, events, deliveries, attempts, nextAttempts };
}
