// PATCH an agreement: product texts, URL, externalId, price (LEGACY) or suggested max
// amount (VARIABLE), interval; or stop it (and nothing else in the same call).
import { conflict, invalid, type FieldProblem } from '../../domain/errors.js';
import type { TimePeriod } from '../../domain/recurring/agreement.js';
import type { Db } from '../../store/db.js';
import { updateAgreementFields } from '../../store/recurring-agreements-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';
import { requireAgreement } from './recurring-unit.js';
import { stopAgreementIn } from './stop-agreement.js';

export interface UpdateAgreementInput {
  productName?: string;
  productDescription?: string;
  merchantAgreementUrl?: string;
  externalId?: string;
  status?: 'STOPPED';
  pricing?: { amount?: number; suggestedMaxAmount?: number };
  interval?: { type?: 'RECURRING'; period?: TimePeriod };
}

export interface UpdateAgreementOptions {
  db: Db;
  unit: UnitFacts;
  agreementId: string;
  input: UpdateAgreementInput;
  idempotencyKey: string;
  now: number;
}

export async function updateAgreement(o: UpdateAgreementOptions): Promise<OperationResult<undefined>> {
  const { input, unit, now } = o;
  const changes = Object.keys(input).filter((k) => k !== 'status' && input[k as keyof UpdateAgreementInput] !== undefined);
  if (input.status === 'STOPPED' && changes.length) {
    throw invalid(`An agreement is stopped with {"status":"STOPPED"} alone; this request also changes ${changes.join(', ')}. Send the changes first, or stop it without them.`, changes.map((name) => ({ name, reason: 'cannot change while stopping' })));
  }
  if (input.merchantAgreementUrl !== undefined && !input.merchantAgreementUrl.startsWith('https://')) {
    throw invalid('merchantAgreementUrl must be an https:// URL.', [{ name: 'merchantAgreementUrl', reason: 'must be an https:// URL' }]);
  }
  if (input.interval && !input.interval.period) throw invalid('interval.period is required when interval is given.', [{ name: 'interval.period', reason: 'is required' }]);
  return runIdempotent<undefined>({
    db: o.db,
    scope: `recurring:${unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: 'PATCH', path: `/recurring/v3/agreements/${o.agreementId}`, body: input },
    now,
    async execute(tx) {
      const a = await requireAgreement(tx, unit.msn, o.agreementId);
      if (input.status === 'STOPPED') {
        await stopAgreementIn(tx, { agreement: a, by: 'MERCHANT', idempotencyKey: o.idempotencyKey, partnerId: unit.partnerId, now });
        return { status: 204, body: undefined };
      }
      if (a.status === 'STOPPED' || a.status === 'EXPIRED') throw conflict(`Agreement ${a.id} is ${a.status} and can no longer be changed.`, 'Agreement ended');
      const problems: FieldProblem[] = [];
      if (input.pricing?.amount !== undefined && a.pricingType !== 'LEGACY') problems.push({ name: 'pricing.amount', reason: 'can only be changed on LEGACY agreements' });
      if (input.pricing?.suggestedMaxAmount !== undefined && a.pricingType !== 'VARIABLE') problems.push({ name: 'pricing.suggestedMaxAmount', reason: 'can only be changed on VARIABLE agreements' });
      if (problems.length) throw invalid(`The update does not fit agreement ${a.id}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
      const updated = await updateAgreementFields(tx, {
        id: a.id,
        now,
        fields: {
          ...(input.productName !== undefined ? { product_name: input.productName } : {}),
          ...(input.productDescription !== undefined ? { product_description: input.productDescription } : {}),
          ...(input.merchantAgreementUrl !== undefined ? { merchant_agreement_url: input.merchantAgreementUrl } : {}),
          ...(input.externalId !== undefined ? { external_id: input.externalId } : {}),
          ...(input.pricing?.amount !== undefined ? { amount: input.pricing.amount } : {}),
          ...(input.pricing?.suggestedMaxAmount !== undefined ? { suggested_max_amount: input.pricing.suggestedMaxAmount } : {}),
          ...(input.interval?.period ? { interval_unit: input.interval.period.unit, interval_count: input.interval.period.count } : {}),
        },
      });
      if (!updated) throw conflict(`Agreement ${a.id} ended while it was updated. Get it to see its status.`, 'Agreement ended');
      return { status: 204, body: undefined };
    },
  });
}
