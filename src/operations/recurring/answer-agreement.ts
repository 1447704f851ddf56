// The payer answers a PENDING agreement (in the app, through the simulation API, or by
// the test environment's force-accept): accept activates it after its initial charge
// succeeds (a failing initial charge leaves it EXPIRED); reject stops it.
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { Charge } from '../../domain/recurring/charge.js';
import { subjectAtUnit } from '../../domain/payments/payer.js';
import type { Db } from '../../store/db.js';
import { activateAgreementRow, endAgreementRow, findAgreementById } from '../../store/recurring-agreements-repo.js';
import { claimChargeAttempt, scheduleCharge } from '../../store/recurring-charges-repo.js';
import { attemptClaimed } from './attempt-claimed.js';
import { publishAgreementEvent } from './recurring-unit.js';

export interface AnswerAgreementOptions {
  db: Db;
  agreementId: string;
  decision: 'accept' | 'reject';
  /** The payer's phone number (normalized). */
  phone: string;
  /** VARIABLE pricing: the max amount the payer chose; defaults to the suggested one. */
  maxAmount?: number;
  now: number;
}

export interface AnswerResult {
  agreement: Agreement;
  initialCharge?: Charge;
}

export async function answerAgreement(o: AnswerAgreementOptions): Promise<AnswerResult> {
  const { now } = o;
  return o.db.transaction().execute(async (tx) => {
    const a = await findAgreementById(tx, o.agreementId);
    if (!a) throw notFound(`No agreement ${o.agreementId} exists.`);
    if (a.status !== 'PENDING' || a.expiresAt <= now) {
      throw conflict(`Agreement ${a.id} is ${a.status === 'PENDING' ? 'EXPIRED' : a.status} and can no longer be ${o.decision}ed.`, 'Agreement not pending');
    }
    if (a.phoneNumber && a.phoneNumber !== o.phone) {
      throw conflict(`Agreement ${a.id} was sent to another phone number; only that payer can answer it.`, 'Wrong payer');
    }
    if (o.decision === 'reject') {
      const stopped = await endAgreementRow(tx, { id: a.id, now, from: ['PENDING'], to: 'STOPPED', payerPhone: o.phone });
      if (!stopped) throw conflict(`Agreement ${a.id} changed while it was answered. Get it and try again.`, 'Agreement changed');
      await publishAgreementEvent({ tx, agreement: stopped, eventType: 'recurring.agreement-rejected.v1', actor: 'USER', now });
      return { agreement: stopped };
    }
    if (a.pricingType === 'VARIABLE' && o.maxAmount !== undefined && o.maxAmount < 100) {
      throw invalid('The max amount must be at least 100 (1 kr).', [{ name: 'maxAmount', reason: 'must be at least 100' }]);
    }
    const active = await activateAgreementRow(tx, {
      id: a.id,
      now,
      payerPhone: o.phone,
      sub: a.scope ? subjectAtUnit(o.phone, a.msn) : null,
      maxAmount: a.pricingType === 'VARIABLE' ? (o.maxAmount ?? a.suggestedMaxAmount) : null,
    });
    if (!active) throw conflict(`Agreement ${a.id} changed while it was answered. Get it and try again.`, 'Agreement changed');
    let initialCharge: Charge | undefined;
    if (active.initialChargeId) {
      await scheduleCharge(tx, { msn: a.msn, id: active.initialChargeId, at: now });
      const claimed = await claimChargeAttempt(tx, { msn: a.msn, id: active.initialChargeId, now });
      // The payer pays the initial charge while accepting: no processing time.
      if (claimed) initialCharge = (await attemptClaimed(tx, [claimed], { now, processingTime: false }))[0];
      if (initialCharge?.status === 'FAILED') {
        // The payer could not pay to start the agreement: it never becomes active.
        const expired = (await endAgreementRow(tx, { id: a.id, now, from: ['ACTIVE'], to: 'EXPIRED' }))!;
        await publishAgreementEvent({ tx, agreement: expired, eventType: 'recurring.agreement-expired.v1', actor: 'SYSTEM', now });
        return { agreement: expired, initialCharge };
      }
    }
    await publishAgreementEvent({ tx, agreement: active, eventType: 'recurring.agreement-activated.v1', actor: 'USER', now });
    return { agreement: active, initialCharge };
  });
}
