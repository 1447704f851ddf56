// Drafts an agreement for the payer to accept in the app: validated, PENDING for ten
// minutes, with its initial charge (if any) waiting for the acceptance. Idempotent per
// Idempotency-Key.
import { PENDING_LIFETIME_MS } from '../../domain/recurring/agreement.js';
import { checkCreateAgreement, type CreateAgreementInput } from '../../domain/recurring/check-create-agreement.js';
import { dayOf } from '../../domain/recurring/due-dates.js';
import { newAgreementId, newAgreementUuid, newChargeId } from '../../domain/recurring/ids.js';
import { confirmationUrlOf } from '../../domain/recurring/views.js';
import { timeOrderedToken } from '../../domain/time-ordered-id.js';
import { conflict } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { insertAgreement } from '../../store/recurring-agreements-repo.js';
import { insertChargeEvent, insertCharges } from '../../store/recurring-charges-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';

export interface CreateAgreementOptions {
  db: Db;
  unit: UnitFacts;
  input: CreateAgreementInput;
  idempotencyKey: string;
  now: number;
  publicUrl: string;
}

export type CreateAgreementBody = { agreementId: string; uuid: string; vippsConfirmationUrl: string; chargeId: string | null };

export async function createAgreement(o: CreateAgreementOptions): Promise<OperationResult<CreateAgreementBody>> {
  const { input, unit, now } = o;
  const checked = checkCreateAgreement(input, unit);
  return runIdempotent<CreateAgreementBody>({
    db: o.db,
    scope: `recurring:${unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: 'POST', path: '/recurring/v3/agreements', body: input },
    now,
    async execute(tx) {
      const id = newAgreementId();
      const ic = input.initialCharge;
      const chargeId = ic ? (ic.orderId ?? newChargeId()) : null;
      const row = {
        id,
        uuid: newAgreementUuid(),
        msn: unit.msn,
        status: 'PENDING',
        pricing_type: checked.pricingType,
        currency: input.pricing.currency,
        amount: input.pricing.amount ?? null,
        suggested_max_amount: input.pricing.suggestedMaxAmount ?? null,
        max_amount: null,
        interval_unit: input.interval.unit,
        interval_count: input.interval.count,
        product_name: input.productName,
        product_description: input.productDescription ?? null,
        merchant_agreement_url: input.merchantAgreementUrl,
        merchant_redirect_url: input.merchantRedirectUrl,
        phone_number: checked.phoneNumber,
        payer_phone: null,
        scope: checked.scope,
        sub: null,
        external_id: input.externalId ?? null,
        campaign: input.campaign ? JSON.stringify(input.campaign) : null,
        initial_charge: ic ? JSON.stringify(ic) : null,
        initial_charge_id: chargeId,
        skip_landing_page: input.skipLandingPage ? 1 : 0,
        is_app: input.isApp ? 1 : 0,
        confirmation_token: timeOrderedToken(now),
        created_at: now,
        start_at: null,
        stop_at: null,
        expires_at: now + PENDING_LIFETIME_MS,
        updated_at: now,
      };
      await insertAgreement(tx, row);
      if (ic && chargeId) {
        await insertCharges(tx, [
          {
            msn: unit.msn,
            id: chargeId,
            agreement_id: id,
            type: 'INITIAL',
            transaction_type: ic.transactionType,
            status: 'PENDING',
            currency: input.pricing.currency,
            amount: ic.amount,
            reserved: 0,
            captured: 0,
            refunded: 0,
            cancelled: 0,
            description: ic.description,
            due: dayOf(now),
            retry_days: 0,
            external_id: ic.externalId ?? null,
            failure_reason: null,
            failure_description: null,
            // Attempted when the payer accepts, not before.
            next_attempt_at: null,
            last_attempt_at: row.expires_at,
            created_at: now,
            updated_at: now,
            cancel_requested_at: null,
          },
        ]);
        await insertChargeEvent(tx, { msn: unit.msn, chargeId, event: 'CREATE', amount: ic.amount, idempotencyKey: o.idempotencyKey, success: true, now });
      }
      return { status: 201, body: { agreementId: id, uuid: row.uuid, vippsConfirmationUrl: confirmationUrlOf({ confirmationToken: row.confirmation_token }, o.publicUrl), chargeId } };
    },
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw conflict(`A charge with orderId ${input.initialCharge?.orderId} already exists for MSN ${unit.msn}. Use a new orderId.`, 'Duplicate orderId');
    throw err;
  });
}
