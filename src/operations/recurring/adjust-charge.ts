// Capture, refund and cancel of a charge share one shape: find it in the transaction, ask
// the money rules, move the money with one conditional UPDATE, log the event (and its
// webhook). When the UPDATE matches nothing, another request changed the charge first:
// the rules are asked again so the caller hears why. Idempotent per Idempotency-Key. A
// cancel of a PROCESSING charge is only recorded here and enacted when its attempt ends.
import { conflict } from '../../domain/errors.js';
import type { Charge, ChargeEventName } from '../../domain/recurring/charge.js';
import { checkCancel, checkCapture, checkRefund } from '../../domain/recurring/charge-rules.js';
import type { Db, Tx } from '../../store/db.js';
import { findAgreement } from '../../store/recurring-agreements-repo.js';
import { addCapturedCharge, addRefundedCharge, cancelChargeRow, findCharge, requestChargeCancel } from '../../store/recurring-charges-repo.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { runIdempotent, type OperationResult } from '../run-idempotent.js';
import { recordChargeEvent, requireCharge } from './recurring-unit.js';

export interface AdjustChargeOptions {
  db: Db;
  unit: UnitFacts;
  agreementId: string;
  chargeId: string;
  idempotencyKey: string;
  now: number;
}

interface Adjustment {
  check(c: Charge): unknown;
  apply(tx: Tx, c: Charge): Promise<Charge | undefined>;
  event: ChargeEventName;
  amount(before: Charge, after: Charge): number;
}

async function adjustCharge(o: AdjustChargeOptions, a: Adjustment & { method: string; path: string; body: unknown }): Promise<OperationResult<undefined>> {
  return runIdempotent<undefined>({
    db: o.db,
    scope: `recurring:${o.unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: a.method, path: a.path, body: a.body },
    now: o.now,
    execute: (tx) => applyAdjustment(tx, o, a),
  });
}

async function applyAdjustment(tx: Tx, o: AdjustChargeOptions, a: Adjustment): Promise<OperationResult<undefined>> {
  const before = await requireCharge(tx, o.unit.msn, o.chargeId, o.agreementId);
  a.check(before);
  const after = await a.apply(tx, before);
  if (!after) return changedUnder(tx, o, a.check);
  const agreement = await findAgreement(tx, o.unit.msn, o.agreementId);
  await recordChargeEvent({ tx, charge: after, agreement, event: a.event, amount: a.amount(before, after), idempotencyKey: o.idempotencyKey, partnerId: o.unit.partnerId, now: o.now });
  return { status: 204, body: undefined };
}

/** The conditional UPDATE matched nothing: another request changed the charge first. Says why. */
async function changedUnder(tx: Tx, o: AdjustChargeOptions, check: (c: Charge) => unknown): Promise<never> {
  check((await findCharge(tx, o.unit.msn, o.chargeId))!);
  throw conflict(`Charge ${o.chargeId} changed while this request was handled. Get the charge and try again.`, 'Charge changed');
}

const base = (o: AdjustChargeOptions) => `/recurring/v3/agreements/${o.agreementId}/charges/${o.chargeId}`;

export function captureCharge(o: AdjustChargeOptions & { amount: number; description: string }) {
  return adjustCharge(o, {
    method: 'POST',
    path: `${base(o)}/capture`,
    body: { amount: o.amount, description: o.description },
    check: (c) => checkCapture(c, o.amount),
    apply: (db, c) => addCapturedCharge(db, { msn: c.msn, id: c.id, value: o.amount, now: o.now }),
    event: 'CAPTURE',
    amount: () => o.amount,
  });
}

export function refundCharge(o: AdjustChargeOptions & { amount: number; description: string }) {
  return adjustCharge(o, {
    method: 'POST',
    path: `${base(o)}/refund`,
    body: { amount: o.amount, description: o.description },
    check: (c) => checkRefund(c, o.amount),
    apply: (db, c) => addRefundedCharge(db, { msn: c.msn, id: c.id, value: o.amount, now: o.now }),
    event: 'REFUND',
    amount: () => o.amount,
  });
}

/**
 * Cancel: enacted at once (204), or, for a charge being PROCESSING, when its attempt ends
 * (202 Accepted: the charge shows PROCESSING until then and ends CANCELLED).
 */
export function cancelCharge(o: AdjustChargeOptions) {
  return runIdempotent<undefined>({
    db: o.db,
    scope: `recurring:${o.unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: 'DELETE', path: base(o), body: null },
    now: o.now,
    async execute(tx) {
      const c = await requireCharge(tx, o.unit.msn, o.chargeId, o.agreementId);
      if (checkCancel(c) === 'when-processed') {
        if (!(await requestChargeCancel(tx, { msn: c.msn, id: c.id, now: o.now }))) return changedUnder(tx, o, checkCancel);
        return { status: 202, body: undefined };
      }
      return applyAdjustment(tx, o, {
        check: checkCancel,
        apply: (db, ch) => cancelChargeRow(db, { msn: ch.msn, id: ch.id, now: o.now }),
        event: 'CANCEL',
        amount: (before, after) => after.cancelled - before.cancelled,
      });
    },
  });
}
