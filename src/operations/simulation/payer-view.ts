// The payer's side of payments, for the simulation API and scripts: a phone's pending
// requests, one payment with its events, and the payer's decision. Each payment comes with
// its sales unit's name.
import type { Payment, PaymentEvent } from '../../domain/payments/payment.js';
import type { Db } from '../../store/db.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { listPendingForPhone } from '../../store/payments-repo.js';
import { unitNames } from '../../store/units-repo.js';
import { actAsPayer } from '../payments/act-as-payer.js';
import { findPayment } from '../payments/find-payment.js';

export interface NamedPayment {
  payment: Payment;
  unitName: string | undefined;
}

export async function listPendingPayments(o: { db: Db; phone: string; now: number }): Promise<NamedPayment[]> {
  const pending = await listPendingForPhone(o.db, o.phone, o.now);
  const names = await unitNames(o.db, pending.map((p) => p.msn));
  return pending.map((payment) => ({ payment, unitName: names.get(payment.msn) }));
}

export async function viewPayment(o: { db: Db; msn: string; reference: string; now: number }): Promise<NamedPayment & { events: PaymentEvent[] }> {
  const payment = await findPayment(o);
  const names = await unitNames(o.db, [payment.msn]);
  return { payment, unitName: names.get(payment.msn), events: await listPaymentEvents(o.db, payment.id) };
}

export async function decideAsPayer(o: { db: Db; msn: string; reference: string; decision: 'approve' | 'reject'; phone?: string; now: number }): Promise<NamedPayment> {
  const found = await findPayment(o);
  const payment = await actAsPayer({ db: o.db, paymentId: found.id, decision: o.decision, phone: o.phone, now: o.now });
  const names = await unitNames(o.db, [payment.msn]);
  return { payment, unitName: names.get(payment.msn) };
}
