// A payment and its event log as the caller's sales unit sees them (a payment due to expire
// is expired first, with its events and webhooks).
import type { Actor } from '../../domain/access/actor.js';
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { actingUnit } from '../access/acting-unit.js';
import { findPayment } from './find-payment.js';

export interface GetPaymentOptions {
  db: Db;
  actor: Actor;
  /** Told the MSN the call acts on as soon as it is known (request log, API quality). */
  onMsn?: (msn: string) => void;
  reference: string;
  now: number;
}

export async function getPayment(o: GetPaymentOptions): Promise<Payment> {
  const unit = await actingUnit({ db: o.db, actor: o.actor, onMsn: o.onMsn });
  return findPayment({ db: o.db, msn: unit.msn, reference: o.reference, now: o.now });
}

export async function getPaymentEvents(o: GetPaymentOptions): Promise<{ payment: Payment; events: PaymentEvent[] }> {
  const payment = await getPayment(o);
  return { payment, events: await listPaymentEvents(o.db, payment.id) };
}
