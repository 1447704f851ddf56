// Attempts claimed charges in the claimer's transaction. A charge whose payer's card takes
// time is held PROCESSING until then (the next pass settles it); any other is charged: the
// payer's card decides and the charges are settled with one conditional UPDATE per outcome,
// their events logged in one insert. A held charge whose cancel was asked for ends CANCELLED
// without touching the card.
import type { Agreement } from '../../domain/recurring/agreement.js';
import { attemptOutcome, settleAttempt, type AttemptSettlement } from '../../domain/recurring/charge-rules.js';
import type { Charge } from '../../domain/recurring/charge.js';
import { attemptStep, CANCELLED_ATTEMPT } from '../../domain/recurring/processing.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import type { Tx } from '../../store/db.js';
import { findAgreementsByIds } from '../../store/recurring-agreements-repo.js';
import { holdChargeAttempts, settleChargeAttempts, type ClaimedCharge } from '../../store/recurring-charges-repo.js';
import { debitCard, findVippsUsersByPhones } from '../../store/vipps-users-repo.js';
import { recordChargeEvents } from './recurring-unit.js';

export interface AttemptClaimedOptions {
  now: number;
  /** False: charge at once whatever the card's processing time (the initial charge, paid while the payer accepts). */
  processingTime?: boolean;
}

/** Returns the charges as this pass left them (held, settled, retrying or cancelled). */
export async function attemptClaimed(tx: Tx, claimed: ClaimedCharge[], o: AttemptClaimedOptions): Promise<Charge[]> {
  if (!claimed.length) return [];
  const { now } = o;
  const agreements = await findAgreementsByIds(tx, [...new Set(claimed.map((c) => c.charge.agreementId))]);
  const phones = [...new Set([...agreements.values()].flatMap((a) => (a.payerPhone ? [a.payerPhone] : [])))];
  const payers = await findVippsUsersByPhones(tx, phones);

  const holds = new Map<string, { msn: string; until: number; ids: string[] }>();
  const groups = new Map<string, { msn: string; settlement: AttemptSettlement; ids: string[] }>();
  for (const { charge: c, processingEnds } of claimed) {
    const agreement = agreements.get(c.agreementId)!;
    const payer = agreement.payerPhone ? payers.get(agreement.payerPhone) : undefined;
    const step = attemptStep({ processingEnds, cancelRequested: c.cancelRequestedAt !== null, processingMinutes: o.processingTime === false ? 0 : (payer?.chargeProcessingMinutes ?? 0), now });
    if (step.kind === 'hold') {
      const key = `${c.msn}\u0000${step.until}`;
      (holds.get(key) ?? holds.set(key, { msn: c.msn, until: step.until, ids: [] }).get(key)!).ids.push(c.id);
      continue;
    }
    const settlement = step.kind === 'cancel' ? CANCELLED_ATTEMPT : settleAttempt(c, await decide(tx, c, agreement, payer), now);
    const key = [c.msn, settlement.status, settlement.failureReason, settlement.failureDescription].join('\u0000');
    (groups.get(key) ?? groups.set(key, { msn: c.msn, settlement, ids: [] }).get(key)!).ids.push(c.id);
  }
  const out: Charge[] = [];
  for (const h of holds.values()) out.push(...(await holdChargeAttempts(tx, { ...h, now })));
  const events: Parameters<typeof recordChargeEvents>[1] = [];
  for (const { msn, settlement: s, ids } of groups.values()) {
    const done = await settleChargeAttempts(tx, { msn, ids, now, status: s.status, nextAttemptAt: s.nextAttemptAt, failureReason: s.failureReason, failureDescription: s.failureDescription });
    out.push(...done);
    if (s.event) for (const charge of done) events.push({ charge, agreement: agreements.get(charge.agreementId), event: s.event, amount: charge.amount, success: s.event !== 'FAIL', now });
  }
  await recordChargeEvents(tx, events);
  return out;
}

/** The payer's card decides; a card with a balance is debited here (conditionally, in `tx`). */
async function decide(tx: Tx, c: Charge, agreement: Agreement, payer: VippsUser | undefined) {
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
