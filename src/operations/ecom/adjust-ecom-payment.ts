// Capture, refund and cancel through eCom share one shape: find the order in the
// transaction, ask eCom's money rules, move the money with the shared conditional UPDATE,
// log the event (with its transaction text) and its webhooks, answer with the summary.
// Idempotent per X-Request-Id, which is unique per MSN, orderId and endpoint.
import { ecomError } from '../../domain/ecom/errors.js';
import { transactionIdOf, transactionSummaryOf, type TransactionSummary } from '../../domain/ecom/words.js';
import { VppError } from '../../domain/errors.js';
import type { Payment } from '../../domain/payments/payment.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import type { Db, Tx } from '../../store/db.js';
import { insertEcomEventText } from '../../store/ecom-payments-repo.js';
import { findPaymentById, findPaymentByReference } from '../../store/payments-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { expireIfDue } from '../payments/expire-payment.js';
import { recordPaymentEvent } from '../payments/record-payment-event.js';
import { runIdempotent } from '../run-idempotent.js';
import type { PaymentEventName } from '../../domain/payments/states.js';

export interface EcomAdjustOptions {
  db: Db;
  unit: UnitFacts;
  orderId: string;
  /** X-Request-Id; required for a partial capture or refund. */
  requestId: string | undefined;
  transactionText: string;
  now: number;
}

export interface EcomTransactionInfo {
  amount: number;
  status: 'Captured' | 'Refund' | 'Cancelled';
  timeStamp: string;
  transactionId: string;
  transactionText: string;
}

export interface EcomAdjustResult {
  orderId: string;
  info: EcomTransactionInfo;
  transactionSummary: TransactionSummary;
}

export interface EcomAdjustment {
  action: 'capture' | 'refund' | 'cancel';
  /** The request, for the idempotency fingerprint. */
  body: unknown;
  /** The amount to move (throws the rule's error), and whether it is part of what is left. */
  plan(p: Payment): { amount: number; partial: boolean };
  apply(tx: Tx, p: Payment, amount: number): Promise<Payment | undefined>;
  event(before: Payment, after: Payment, amount: number): { name: PaymentEventName; amount: number };
  status: EcomTransactionInfo['status'];
}

export const orderNotFound = (msn: string, orderId: string) =>
  ecomError('validation', 'Merchant', '35', `The orderId ${orderId} does not exist for MSN ${msn}. Check the orderId and the Merchant-Serial-Number header: an order belongs only to the sales unit that initiated it.`);

export async function requireEcomOrder(tx: Tx, unit: UnitFacts, orderId: string, now: number): Promise<Payment> {
  const p = await findPaymentByReference(tx, unit.msn, orderId);
  if (!p) throw orderNotFound(unit.msn, orderId);
  return expireIfDue({ tx, payment: p, now, partnerId: unit.partnerId });
}

export async function adjustEcomPayment(o: EcomAdjustOptions, a: EcomAdjustment): Promise<EcomAdjustResult> {
  const { unit, now } = o;
  try {
    const result = await runIdempotent<EcomAdjustResult>({
      db: o.db,
      scope: `ecom:${unit.msn}:${o.orderId}:${a.action}`,
      key: o.requestId,
      request: { method: 'POST', path: `/ecomm/v2/payments/${o.orderId}/${a.action}`, body: a.body },
      now,
      async execute(tx) {
        const before = await requireEcomOrder(tx, unit, o.orderId, now);
        const { amount, partial } = a.plan(before);
        if (partial && !o.requestId) {
          throw ecomError('validation', 'InvalidRequest', 'X-Request-Id', `A partial ${a.action} needs an X-Request-Id header (at most 40 characters), so that a retry cannot ${a.action} twice.`);
        }
        const after = await a.apply(tx, before, amount);
        if (!after) {
          // Another request changed the order first: report what the rules say now.
          a.plan((await findPaymentById(tx, before.id))!);
          throw ecomError('conflict', 'VippsError', '94', `Order ${o.orderId} changed while this request was handled. Get the payment details and retry with the same X-Request-Id.`);
        }
        const e = a.event(before, after, amount);
        const pspReference = e.name === 'TERMINATED' ? after.pspReference : timeOrderedId();
        const event = await recordPaymentEvent({ tx, payment: after, name: e.name, amount: e.amount, pspReference, idempotencyKey: o.requestId ?? null, now, partnerId: unit.partnerId });
        await insertEcomEventText(tx, event.eventId, o.transactionText);
        const body: EcomAdjustResult = {
          orderId: o.orderId,
          info: { amount: e.amount, status: a.status, timeStamp: new Date(now).toISOString(), transactionId: transactionIdOf(pspReference), transactionText: o.transactionText },
          transactionSummary: transactionSummaryOf(after),
        };
        return { status: 200, body };
      },
    });
    return result.body;
  } catch (err) {
    if (err instanceof VppError && err.kind === 'conflict' && err.opts.title === 'Idempotency-Key reused for a different request') {
      throw ecomError('validation', 'VippsError', '93', `The ${a.action} request must be identical to the previous request with X-Request-Id ${JSON.stringify(o.requestId)}. Send a new X-Request-Id for a new ${a.action}.`);
    }
    throw err;
  }
}
