// The payer never answered and the payment's time ran out, now rather than at its expiry
// time (the simulation's "time out"): CREATED → EXPIRED, once, by compare-and-set.
import { conflict } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { endPendingPaymentRow, findPaymentByReference } from '../../store/payments-repo.js';
import { recordPaymentEvent } from './record-payment-event.js';
import { referenceNotFound } from './find-payment.js';
import { unitNames } from '../../store/units-repo.js';
import type { NamedPayment } from '../simulation/payer-view.js';

export interface TimeOutPaymentOptions {
  db: Db;
  msn: string;
  reference: string;
  now: number;
}

export async function timeOutPayment(o: TimeOutPaymentOptions): Promise<NamedPayment> {
  const payment = await o.db.transaction().execute(async (tx) => {
    const p = await findPaymentByReference(tx, o.msn, o.reference);
    if (!p) throw referenceNotFound(o.msn, o.reference);
    const after = await endPendingPaymentRow(tx, { id: p.id, now: o.now, state: 'EXPIRED', beforeExpiry: true });
    if (!after) throw conflict(`The payment ${p.reference} is ${p.state}: only a CREATED payment can time out.`);
    await recordPaymentEvent({ tx, payment: after, name: 'EXPIRED', amount: after.amount, pspReference: after.pspReference, idempotencyKey: null, now: o.now });
    return after;
  });
  return { payment, unitName: (await unitNames(o.db, [payment.msn])).get(payment.msn) };
}
