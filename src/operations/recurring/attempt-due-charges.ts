// The due-date run: charges whose attempt time has come are attempted in sets, one
// transaction per set. A set is claimed with one conditional UPDATE (so of several nodes
// exactly one attempts each charge), the payers' cards decide, and the charges are
// settled with one conditional UPDATE per outcome, their events logged in one insert.
import type { Agreement } from '../../domain/recurring/agreement.js';
import { attemptOutcome, settleAttempt, type AttemptSettlement } from '../../domain/recurring/charge-rules.js';
import type { Charge } from '../../domain/recurring/charge.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import type { Db, DialectName, Tx } from '../../store/db.js';
import { findAgreementsByIds } from '../../store/recurring-agreements-repo.js';
import { claimDueCharges, settleChargeAttempts } from '../../store/recurring-charges-repo.js';
import { debitCard, findVippsUsersByPhones } from '../../store/vipps-users-repo.js';
import { recordChargeEvents } from './recurring-unit.js';

export interface AttemptDueChargesOptions {
  db: Db;
  dialect: DialectName;
  now: number;
  /** The most charges attempted in this transaction. */
  limit: number;
}

/** Attempts one set of due charges; returns how many this call attempted (0: none left). */
export async function attemptDueCharges(o: AttemptDueChargesOptions): Promise<number> {
  return o.db.transaction().execute(async (tx) => {
    const claimed = await claimDueCharges(tx, { dialect: o.dialect, now: o.now, limit: o.limit });
    if (!claimed.length) return 0;
    const agreements = await findAgreementsByIds(tx, [...new Set(claimed.map((c) => c.agreementId))]);
    const phones = [...new Set([...agreements.values()].flatMap((a) => (a.payerPhone ? [a.payerPhone] : [])))];
    const payers = await findVippsUsersByPhones(tx, phones);

    const groups = new Map<string, { msn: string; settlement: AttemptSettlement; ids: string[] }>();
    for (const c of claimed) {
      const agreement = agreements.get(c.agreementId)!;
      const settlement = settleAttempt(c, await decide(tx, c, agreement, payers), o.now);
      const key = [c.msn, settlement.status, settlement.failureReason, settlement.failureDescription].join('\u0000');
      const group = groups.get(key) ?? groups.set(key, { msn: c.msn, settlement, ids: [] }).get(key)!;
      group.ids.push(c.id);
    }
    const events: Parameters<typeof recordChargeEvents>[1] = [];
    for (const { msn, settlement: s, ids } of groups.values()) {
      const done = await settleChargeAttempts(tx, { msn, ids, now: o.now, status: s.status, nextAttemptAt: s.nextAttemptAt, failureReason: s.failureReason, failureDescription: s.failureDescription });
      if (s.event) for (const charge of done) events.push({ charge, agreement: agreements.get(charge.agreementId), event: s.event, amount: charge.amount, success: s.event !== 'FAIL', now: o.now });
    }
    await recordChargeEvents(tx, events);
    return claimed.length;
  });
}

/** The payer's card decides; a card with a balance is debited here (conditionally, in `tx`). */
async function decide(tx: Tx, c: Charge, agreement: Agreement, payers: Map<string, VippsUser>) {
  const payer = agreement.payerPhone ? payers.get(agreement.payerPhone) : undefined;
  const outcome = attemptOutcome({
    amount: c.amount,
    cardOutcome: payer?.cardOutcome ?? 'ok',
    cardBalance: payer?.cardBalance ?? null,
    // The payer's max amount binds recurring charges; the initial charge was shown to them.
    maxAmount: agreement.pricingType === 'VARIABLE' && c.type !== 'INITIAL' ? agreement.maxAmount : null,
  });
  if (!outcome.ok || !payer || payer.cardBalance === null) return outcome;
  if (!(await debitCard(tx, payer.phone, c.amount))) return { ok: false as const, reason: 'user_action_required' as const, description: 'Insufficient funds on the card' };
  payer.cardBalance -= c.amount;
  return outcome;
}
