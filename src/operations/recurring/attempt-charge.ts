// One attempt to charge the payer for a charge whose time has come: claimed with a
// conditional UPDATE (so exactly one node attempts it), the payer's card decides, and the
// charge ends CHARGED or RESERVED, waits for tomorrow's retry (DUE), or FAILED once its
// retry days are used up. All in one transaction with its events and webhooks.
import type { Agreement } from '../../domain/recurring/agreement.js';
import { attemptOutcome } from '../../domain/recurring/charge-rules.js';
import type { Charge } from '../../domain/recurring/charge.js';
import { nextAttemptAfter } from '../../domain/recurring/due-dates.js';
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

/**
 * Attempts several due charges in one transaction (one commit for all: the due-date run
 * is dominated by commits). Each is still claimed by its own conditional UPDATE, in the
 * order given, so several nodes working through the same list never charge one twice.
 * Returns how many this node attempted.
 */
export async function attemptCharges(o: { db: Db; charges: { msn: string; id: string }[]; now: number }): Promise<number> {
  return o.db.transaction().execute(async (tx) => {
    const agreements = new Map<string, Agreement>();
    let attempted = 0;
    for (const c of o.charges) {
      const claimed = await claimChargeAttempt(tx, { msn: c.msn, id: c.id, now: o.now });
      if (!claimed) continue;
      let agreement = agreements.get(claimed.agreementId);
      if (!agreement) agreements.set(claimed.agreementId, (agreement = (await findAgreementById(tx, claimed.agreementId))!));
      await chargeClaimed(tx, claimed, agreement, o.now);
      attempted++;
    }
    return attempted;
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
  const base = { msn: c.msn, id: c.id, now, amount: c.amount };
  if (outcome.ok) {
    const status = c.transactionType === 'RESERVE_CAPTURE' ? 'RESERVED' : 'CHARGED';
    const done = (await finishChargeAttempt(tx, { ...base, status, nextAttemptAt: null, failureReason: null, failureDescription: null }))!;
    await recordChargeEvent({ tx, charge: done, agreement, event: status === 'RESERVED' ? 'RESERVE' : 'CAPTURE', amount: c.amount, idempotencyKey: null, now });
    return done;
  }
  const retryAt = nextAttemptAfter(now);
  if (retryAt <= c.lastAttemptAt) {
    return (await finishChargeAttempt(tx, { ...base, status: 'DUE', nextAttemptAt: retryAt, failureReason: outcome.reason, failureDescription: outcome.description }))!;
  }
  const failed = (await finishChargeAttempt(tx, { ...base, status: 'FAILED', nextAttemptAt: null, failureReason: outcome.reason, failureDescription: outcome.description }))!;
  await recordChargeEvent({ tx, charge: failed, agreement, event: 'FAIL', amount: c.amount, idempotencyKey: null, success: false, now });
  return failed;
}
