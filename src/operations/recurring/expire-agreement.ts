// A PENDING agreement nobody accepted in time becomes EXPIRED, with its webhook; its
// waiting initial charge is cancelled. Safe on several nodes: the conditional UPDATE lets
// exactly one of them expire it.
import type { Db } from '../../store/db.js';
import { endAgreementRow } from '../../store/recurring-agreements-repo.js';
import { cancelOpenChargesOfAgreement } from '../../store/recurring-charges-repo.js';
import { publishAgreementEvent, recordChargeEvent } from './recurring-unit.js';

export async function expireAgreement(o: { db: Db; agreementId: string; now: number }): Promise<boolean> {
  return o.db.transaction().execute(async (tx) => {
    const a = await endAgreementRow(tx, { id: o.agreementId, now: o.now, from: ['PENDING'], to: 'EXPIRED', timeUp: true });
    if (!a) return false;
    for (const c of await cancelOpenChargesOfAgreement(tx, { msn: a.msn, agreementId: a.id, now: o.now })) {
      await recordChargeEvent({ tx, charge: c, agreement: a, event: 'CANCEL', amount: c.cancelled, idempotencyKey: null, now: o.now });
    }
    await publishAgreementEvent({ tx, agreement: a, eventType: 'recurring.agreement-expired.v1', actor: 'SYSTEM', now: o.now });
    return true;
  });
}
