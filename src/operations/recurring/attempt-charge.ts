// One attempt to charge the payer for a charge whose time has come: claimed with a
// conditional UPDATE (so exactly one node attempts it), the payer's card decides, and the
// charge ends CHARGED or RESERVED, waits for tomorrow's retry (DUE), or FAILED once its
// retry days are used up. All in one transaction with its events and webhooks. The
// due-date run works in sets instead (attempt-due-charges.ts); this is the one-charge path.
import type { Agreement } from '../../domain/recurring/agreement.js';
import { attemptOutcome, settleAttempt } from '../../domain/recurring/charge-rules.js';
import type { Charge } from '../../domain/recurring/charge.js';
import type { Db, Tx } from '../../store/db.js';
import { findAgreementById } from '../../store/recurring-agreements-repo.js';
import { claimChargeAttempt, finishChargeAttempt } from '../../store/recurring-charges-repo.js';
import { debitCard, findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { recordChargeEvent } from './recurring-unit.js';

export interface AttemptChargeOptions {
  db: Db;
  msn: string;
  chargeId: string;
  now: number;
}

/** What became of the attempt: undefined when another node had it already. */
export async function attemptCharge(o: AttemptChargeOptions): Promise<Charge | undefined> {
  return o.db.transaction().execute(async (tx) => {
    const claimed = await claimChargeAttempt(tx, { msn: o.msn, id: o.chargeId, now: o.now });
    if (!claimed) return undefined;
    const agreement = (await findAgreementById(tx, claimed.agreementId))!;
    return chargeClaimed(tx, claimed, agreement, o.now);
  });
}

/** Charges a claimed (PROCESSING) charge in `tx`. */
export async function chargeClaimed(tx: Tx, c: Charge, agreement: Agreement, now: number): Promise<Charge> {
  const payer = agreement.payerPhone ? await findVippsUserByPhone(tx, agreement.payerPhone) : undefined;
  let outcome = attemptOutcome({
    amount: c.amount,
    cardOutcome: payer?.cardOutcome ?? 'ok',
    cardBalance: payer?.cardBalance ?? null,
    // The payer's max amount binds recurring charges; the initial charge was shown to them.
    maxAmount: agreement.pricingType === 'VARIABLE' && c.type !== 'INITIAL' ? agreement.maxAmount : null,
  });
  if (outcome.ok && payer && payer.cardBalance !== null && !(await debitCard(tx, payer.phone, c.amount))) {
    outcome = { ok: false, reason: 'user_action_required', description: 'Insufficient funds on the card' };
  }
  const s = settleAttempt(c, outcome, now);
  const done = (await finishChargeAttempt(tx, { msn: c.msn, id: c.id, now, status: s.status, nextAttemptAt: s.nextAttemptAt, failureReason: s.failureReason, failureDescription: s.failureDescription }))!;
  if (s.event) await recordChargeEvent({ tx, charge: done, agreement, event: s.event, amount: c.amount, idempotencyKey: null, success: s.event !== 'FAIL', now });
  return done;
}
