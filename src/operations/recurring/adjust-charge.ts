// Capture, refund and cancel of a charge share one shape: find it in the transaction, ask
// the money rules, move the money with one conditional UPDATE, log the event (and its
// webhook). When the UPDATE matches nothing, another request changed the charge first:
// the rules are asked again so the caller hears why. Idempotent per Idempotency-Key.
import { conflict } from '../../domain/errors.js';
import type { Charge, ChargeEventName } from '../../domain/recurring/charge.js';
import { checkCancel, checkCapture, checkRefund } from '../../domain/recurring/charge-rules.js';
import type { Db, Tx } from '../../store/db.js';
import { findAgreement } from '../../store/recurring-agreements-repo.js';
import { addCapturedCharge, addRefundedCharge, cancelChargeRow, findCharge } from '../../store/recurring-charges-repo.js';
import type { UnitFacts } from '../../store/unit-facts-repo.js';
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
  method: string;
  path: string;
  body: unknown;
  check(c: Charge): void;
  apply(tx: Tx, c: Charge): Promise<Charge | undefined>;
  event: ChargeEventName;
  amount(before: Charge, after: Charge): number;
}

async function adjustCharge(o: AdjustChargeOptions, a: Adjustment): Promise<OperationResult<undefined>> {
  const { unit, now } = o;
  return runIdempotent<undefined>({
    db: o.db,
    scope: `recurring:${unit.msn}`,
    clientErrorsClaimKey: true,
    key: o.idempotencyKey,
    request: { method: a.method, path: a.path, body: a.body },
    now,
    async execute(tx) {
      const before = await requireCharge(tx, unit.msn, o.chargeId, o.agreementId);
      a.check(before);
      const after = await a.apply(tx, before);
      if (!after) {
        a.check((await findCharge(tx, unit.msn, o.chargeId))!);
        throw conflict(`Charge ${o.chargeId} changed while this request was handled. Get the charge and try again.`, 'Charge changed');
      }
      const agreement = await findAgreement(tx, unit.msn, o.agreementId);
      await recordChargeEvent({ tx, charge: after, agreement, event: a.event, amount: a.amount(before, after), idempotencyKey: o.idempotencyKey, partnerId: unit.partnerId, now });
      return { status: 204, body: undefined };
    },
  });
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

export function cancelCharge(o: AdjustChargeOptions) {
  return adjustCharge(o, {
    method: 'DELETE',
    path: base(o),
    body: null,
    check: checkCancel,
    apply: (db, c) => cancelChargeRow(db, { msn: c.msn, id: c.id, now: o.now }),
    event: 'CANCEL',
    amount: (before, after) => after.cancelled - before.cancelled,
  });
}
