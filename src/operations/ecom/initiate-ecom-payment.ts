// POST /ecomm/v2/payments: an eCom payment is a payment of the shared engine (its
// orderId is the reference) with the eCom facts beside it; its INITIATE (CREATED) event
// and webhooks are written in the same transaction. Not idempotent, as documented: the
// same orderId twice is refused.
import { checkInitiate, type InitiateInput } from '../../domain/ecom/check-initiate.js';
import { ecomError } from '../../domain/ecom/errors.js';
import { defaultExpiry } from '../../domain/payments/expiry.js';
import { capturesDirectly } from '../../domain/payments/unit-permissions.js';
import { timeOrderedId, timeOrderedToken } from '../../domain/time-ordered-id.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { insertEcomPayment } from '../../store/ecom-payments-repo.js';
import { findPaymentByReference, toPayment } from '../../store/payments-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { recordPaymentEvent } from '../payments/record-payment-event.js';

export interface InitiateEcomPaymentOptions {
  db: Db;
  box: SecretBox;
  unit: UnitFacts;
  input: InitiateInput;
  now: number;
  publicUrl: string;
}

const duplicate = (orderId: string, msn: string) =>
  ecomError('validation', 'Merchant', '34', `Duplicate orderId: ${orderId} is already used by a payment of MSN ${msn}. Use a new orderId for every payment attempt.`);

/** Where the payer goes: the landing page, or the app itself when the merchant is an app. */
export function ecomUrlOf(token: string, isApp: boolean, publicUrl: string): string {
  return isApp ? `vipps://ecom?token=${token}` : `${publicUrl}/app/ecom?token=${token}`;
}

export async function initiateEcomPayment(o: InitiateEcomPaymentOptions): Promise<{ orderId: string; url: string }> {
  const { input, unit, now } = o;
  const checked = checkInitiate(input);
  const orderId = input.transaction.orderId;
  try {
    return await o.db.transaction().execute(async (tx) => {
      if (await findPaymentByReference(tx, unit.msn, orderId)) throw duplicate(orderId, unit.msn);
      const row = {
        id: timeOrderedId(),
        msn: unit.msn,
        reference: orderId,
        psp_reference: timeOrderedId(),
        state: 'CREATED' as const,
        currency: 'NOK',
        amount: input.transaction.amount,
        authorized: 0,
        captured: 0,
        refunded: 0,
        cancelled: 0,
        payment_method: 'WALLET',
        user_flow: checked.facts.isApp ? 'NATIVE_REDIRECT' : 'WEB_REDIRECT',
        customer_phone: checked.customerPhone,
        payer_phone: null,
        description: input.transaction.transactionText,
        return_url: checked.facts.fallBack,
        metadata: null,
        details: '{}',
        profile_scope: checked.scope,
        profile_sub: null,
        landing_token: timeOrderedToken(now),
        long_living: 0,
        expires_at: defaultExpiry(now),
        authorized_at: null,
        created_at: now,
        updated_at: now,
        // The order keeps the unit's capture type of this moment, should the unit change later.
        ecom: JSON.stringify({ ...checked.facts, directCapture: capturesDirectly(unit) }),
        ecom_auth_token: input.merchantInfo.authToken ? o.box.encrypt(input.merchantInfo.authToken) : null,
      };
      await insertEcomPayment(tx, row);
      const payment = toPayment(row);
      await recordPaymentEvent({ tx, payment, name: 'CREATED', amount: payment.amount, pspReference: payment.pspReference, idempotencyKey: null, now, partnerId: unit.partnerId });
      return { orderId, url: ecomUrlOf(row.landing_token, checked.facts.isApp, o.publicUrl) };
    });
  } catch (err) {
    // Two initiates with the same orderId raced: the unique index refused the second.
    if (isUniqueViolation(err)) throw duplicate(orderId, unit.msn);
    throw err;
  }
}
