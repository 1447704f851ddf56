// Capture, refund and cancel share one shape: find the payment in the transaction, ask
// the money rules, move the money with one conditional UPDATE, log the event (and its
// webhooks), answer with the new aggregate. Idempotent per Idempotency-Key.
import { conflict } from '../../domain/errors.js';
import { modificationResponse } from '../../domain/payments/payment-views.js';
import type { Payment } from '../../domain/payments/payment.js';
import type { Db, Tx } from '../../store/db.js';
import { findPaymentById } from '../../store/payments-repo.js';
import type { Actor } from '../../domain/access/actor.js';
import { actingUnit } from '../access/acting-unit.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';
import { requirePayment } from './find-payment.js';
import { recordPaymentEvent } from './record-payment-event.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import type { PaymentEventName } from '../../domain/payments/states.js';

export type ModificationBody = ReturnType<typeof modificationResponse>;

export interface AdjustOptions {
  db: Db;
  actor: Actor;
  /** Told the MSN the call acts on as soon as it is known (request log, API quality). */
  onMsn?: (msn: string) => void;
  reference: string;
  idempotencyKey: string;
  now: number;
}

export interface Adjustment {
  /** Path segment and request body, for the idempotency fingerprint. */
  action: 'capture' | 'refund' | 'cancel';
  body: unknown;
  /** Throws the rule's error when the payment does not allow it. */
  check(p: Payment): void;
  /** The conditional UPDATE; undefined when the payment changed underneath. */
  apply(tx: Tx, p: Payment): Promise<Payment | undefined>;
  /** The event the change writes: its name, amount and whether it has its own pspReference. */
  event(before: Payment, after: Payment): { name: PaymentEventName; amount: number; ownPspReference: boolean };
}

export async function adjustPayment(o: AdjustOptions, a: Adjustment): Promise<OperationResult<ModificationBody>> {
  const { now } = o;
  const unit = await actingUnit({ db: o.db, actor: o.actor, onMsn: o.onMsn });
  return runIdempotent<ModificationBody>({
    db: o.db,
    scope: `epayment:${unit.msn}`,
    key: o.idempotencyKey,
    request: { method: 'POST', path: `/epayment/v1/payments/${o.reference}/${a.action}`, body: a.body },
    now,
    async execute(tx) {
      const before = await requirePayment({ tx, msn: unit.msn, reference: o.reference, now, partnerId: unit.partnerId });
      a.check(before);
      const after = await a.apply(tx, before);
      if (!after) {
        // Another request changed the payment first: report what the rules say now.
        a.check((await findPaymentById(tx, before.id))!);
        throw conflict(`The payment ${o.reference} changed while this request was handled. Get the payment and try again.`, 'Order processing');
      }
      const e = a.event(before, after);
      const pspReference = e.ownPspReference ? timeOrderedId() : after.pspReference;
      await recordPaymentEvent({ tx, payment: after, name: e.name, amount: e.amount, pspReference, idempotencyKey: o.idempotencyKey, now, partnerId: unit.partnerId });
      return { status: 200, body: modificationResponse(after, pspReference) };
    },
  });
}
