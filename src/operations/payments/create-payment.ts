// Creates a payment for a sales unit: validated, unique per (MSN, reference), its CREATED
// event and webhooks written in the same transaction; idempotent per Idempotency-Key.
import type { Actor } from '../../domain/access/actor.js';
import type { Mode } from '../../domain/mode.js';
import { VppError } from '../../domain/errors.js';
import { checkCreatePayment, type CreatePaymentInput } from '../../domain/payments/check-create-payment.js';
import { redirectUrlOf } from '../../domain/payments/payment-views.js';
import { checkEpaymentAllowed } from '../../domain/payments/unit-permissions.js';
import type { Db } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { findPaymentByReference, insertPayment, toPayment } from '../../store/payments-repo.js';
import { actingUnit } from '../access/acting-unit.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';
import { notifyPayerApp } from './notify-payer-app.js';
import { recordPaymentEvent } from './record-payment-event.js';
import { timeOrderedId, timeOrderedToken } from '../../domain/time-ordered-id.js';

export interface CreatePaymentOptions {
  db: Db;
  actor: Actor;
  /** Told the MSN the call acts on as soon as it is known (request log, API quality). */
  onMsn?: (msn: string) => void;
  input: CreatePaymentInput;
  idempotencyKey: string;
  mode: Mode;
  now: number;
  publicUrl: string;
}

export type CreatePaymentBody = { redirectUrl?: string; reference: string };

export const referenceExists = (reference: string, msn: string) =>
  new VppError('conflict', `Reference ${reference} already exists for MSN ${msn}. Use a new reference for a new payment, or GET /epayment/v1/payments/${reference} to see the existing one.`, {
    title: 'Idempotency error',
    type: 'reference-already-exists',
  });

export async function createPayment(o: CreatePaymentOptions): Promise<OperationResult<CreatePaymentBody>> {
  const { input, now } = o;
  const unit = await actingUnit({ db: o.db, actor: o.actor, onMsn: o.onMsn });
  // Validation first: a refused request claims no Idempotency-Key.
  const checked = checkCreatePayment(input, { now, mode: o.mode });
  checkEpaymentAllowed(unit, { userFlow: input.userFlow, longLiving: checked.longLiving });
  return runIdempotent<CreatePaymentBody>({
    db: o.db,
    scope: `epayment:${unit.msn}`,
    key: o.idempotencyKey,
    request: { method: 'POST', path: '/epayment/v1/payments', body: input },
    now,
    async execute(tx) {
      if (await findPaymentByReference(tx, unit.msn, input.reference)) throw referenceExists(input.reference, unit.msn);
      const row = {
        id: timeOrderedId(),
        msn: unit.msn,
        reference: input.reference,
        psp_reference: timeOrderedId(),
        state: 'CREATED' as const,
        currency: input.amount.currency,
        amount: input.amount.value,
        authorized: 0,
        captured: 0,
        refunded: 0,
        cancelled: 0,
        payment_method: input.paymentMethod.type,
        user_flow: input.userFlow,
        customer_phone: checked.customerPhone,
        payer_phone: null,
        description: input.paymentDescription ?? null,
        return_url: input.returnUrl ?? null,
        metadata: input.metadata ? JSON.stringify(input.metadata) : null,
        details: JSON.stringify({
          customer: input.customer,
          customerInteraction: input.customerInteraction,
          minimumUserAge: input.minimumUserAge ?? undefined,
          qrFormat: input.qrFormat,
          receipt: input.receipt,
          receiptUrl: input.receiptUrl,
          industryData: input.industryData,
        }),
        profile_scope: checked.profileScope,
        profile_sub: null,
        landing_token: timeOrderedToken(now),
        long_living: checked.longLiving ? 1 : 0,
        expires_at: checked.expiresAt,
        authorized_at: null,
        created_at: now,
        updated_at: now,
      };
      await insertPayment(tx, row);
      const payment = toPayment(row);
      await recordPaymentEvent({ tx, payment, name: 'CREATED', amount: payment.amount, pspReference: payment.pspReference, idempotencyKey: o.idempotencyKey, now, partnerId: unit.partnerId });
      await notifyPayerApp({ tx, payment, now });
      const redirectUrl = redirectUrlOf(payment, o.publicUrl);
      return { status: 201, body: { ...(redirectUrl ? { redirectUrl } : {}), reference: payment.reference } };
    },
  }).catch((err: unknown) => {
    // Creates with the same reference kept racing: the unique index refused this one.
    if (isUniqueViolation(err)) throw referenceExists(input.reference, unit.msn);
    throw err;
  });
}
