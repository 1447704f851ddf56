// Schedules charges on ACTIVE agreements: due-date and amount rules checked, each charge
// PENDING until its due date, then attempted by the due-charge processor. One charge per
// call (POST …/{agreementId}/charges) or many (POST /recurring/v3/agreements/charges).
import { conflict, invalid, VppError } from '../../domain/errors.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { ChargeType, TransactionType } from '../../domain/recurring/charge.js';
import { checkAgreementTakesCharges, checkChargeAmount } from '../../domain/recurring/charge-rules.js';
import { checkDue, firstAttemptAt, lastAttemptAt } from '../../domain/recurring/due-dates.js';
import { newChargeId } from '../../domain/recurring/ids.js';
import type { Db, Tx } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { findCharge, insertChargeEvents, insertCharges } from '../../store/recurring-charges-repo.js';
import type { RecurringChargeRow } from '../../store/tables/recurring.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';
import { requireAgreement } from './recurring-unit.js';

export interface CreateChargeInput {
  amount: number;
  transactionType: TransactionType;
  description: string;
  due: string;
  retryDays: number;
  type?: ChargeType;
  orderId?: string;
  externalId?: string;
}

export interface CreateChargesOptions {
  db: Db;
  unit: UnitFacts;
  idempotencyKey: string;
  testMode: boolean;
  now: number;
}

const duplicateOrderId = (id: string, msn: string) => conflict(`A charge with orderId ${id} already exists for MSN ${msn}. Use a new orderId for a new charge.`, 'Duplicate orderId');

function chargeRow(a: Agreement, input: CreateChargeInput, o: { now: number; testMode: boolean }): RecurringChargeRow {
  if (input.type === 'INITIAL') {
    throw invalid('type INITIAL is only for the initialCharge of a new agreement; create RECURRING or UNSCHEDULED charges here.', [{ name: 'type', reason: 'must be RECURRING or UNSCHEDULED' }]);
  }
  checkAgreementTakesCharges(a);
  const dueStart = checkDue(input.due, o);
  checkChargeAmount(a, input.amount);
  return {
    msn: a.msn,
    id: input.orderId ?? newChargeId(),
    agreement_id: a.id,
    type: input.type ?? 'RECURRING',
    transaction_type: input.transactionType,
    status: 'PENDING',
    currency: a.currency,
    amount: input.amount,
    reserved: 0,
    captured: 0,
    refunded: 0,
    cancelled: 0,
    description: input.description,
    due: input.due,
    retry_days: input.retryDays,
    external_id: input.externalId ?? null,
    failure_reason: null,
    failure_description: null,
    next_attempt_at: firstAttemptAt(dueStart),
    last_attempt_at: lastAttemptAt(dueStart, input.retryDays),
    created_at: o.now,
    updated_at: o.now,
    cancel_requested_at: null,
  };
}

async function insertAll(tx: Tx, rows: RecurringChargeRow[], idempotencyKey: string, now: number) {
  await insertCharges(tx, rows);
  await insertChargeEvents(tx, rows.map((r) => ({ msn: r.msn, chargeId: r.id, event: 'CREATE' as const, amount: r.amount, idempotencyKey, success: true, now })));
}

export async function createCharge(o: CreateChargesOptions & { agreementId: string; input: CreateChargeInput }): Promise<OperationResult<{ chargeId: string }>> {
  const { unit, now } = o;
  return runIdempotent<{ chargeId: string }>({
    db: o.db,
    scope: `recurring:${unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: 'POST', path: `/recurring/v3/agreements/${o.agreementId}/charges`, body: o.input },
    now,
    async execute(tx) {
      const a = await requireAgreement(tx, unit.msn, o.agreementId);
      const row = chargeRow(a, o.input, o);
      if (o.input.orderId && (await findCharge(tx, unit.msn, o.input.orderId))) throw duplicateOrderId(o.input.orderId, unit.msn);
      await insertAll(tx, [row], o.idempotencyKey, now);
      return { status: 201, body: { chargeId: row.id } };
    },
  }).catch((err: unknown) => {
    if (isUniqueViolation(err)) throw duplicateOrderId(o.input.orderId ?? '', unit.msn);
    throw err;
  });
}

export type AsyncChargeBody = { validCharges: string[]; invalidCharges: { chargeBatchItemDto: CreateChargeInput & { agreementId: string }; errors: string[] }[] };

/** Many charges at once: the valid ones are scheduled, each invalid one is returned with why. */
export async function createChargesInBatch(o: CreateChargesOptions & { inputs: (CreateChargeInput & { agreementId: string })[] }): Promise<OperationResult<AsyncChargeBody>> {
  const { unit, now } = o;
  return runIdempotent<AsyncChargeBody>({
    db: o.db,
    scope: `recurring:${unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: 'POST', path: '/recurring/v3/agreements/charges', body: o.inputs },
    now,
    async execute(tx) {
      const rows: RecurringChargeRow[] = [];
      const body: AsyncChargeBody = { validCharges: [], invalidCharges: [] };
      const seen = new Set<string>();
      for (const input of o.inputs) {
        try {
          const a = await requireAgreement(tx, unit.msn, input.agreementId);
          const { agreementId: _drop, ...charge } = input;
          const row = chargeRow(a, charge, o);
          if (seen.has(row.id) || (await findCharge(tx, unit.msn, row.id))) throw duplicateOrderId(row.id, unit.msn);
          seen.add(row.id);
          rows.push(row);
          body.validCharges.push(row.id);
        } catch (err) {
          if (!(err instanceof VppError)) throw err;
          body.invalidCharges.push({ chargeBatchItemDto: input, errors: [err.detail] });
        }
      }
      await insertAll(tx, rows, o.idempotencyKey, now);
      return { status: 202, body };
    },
  });
}
