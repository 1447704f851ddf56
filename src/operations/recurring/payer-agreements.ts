// The payer's agreements in the app: the active ones, and stopping one of them.
import { notFound } from '../../domain/errors.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { Db } from '../../store/db.js';
import { findAgreementById, findAgreementByToken, listAgreementsOfPayer } from '../../store/recurring-agreements-repo.js';
import { expireAgreement } from './expire-agreement.js';
import { unitNames } from '../../store/units-repo.js';
import { stopAgreementIn } from './stop-agreement.js';

export function listPayerAgreements(o: { db: Db; phone: string }): Promise<Agreement[]> {
  return listAgreementsOfPayer(o.db, o.phone, ['ACTIVE']);
}

export async function stopAgreementAsPayer(o: { db: Db; agreementId: string; phone: string; now: number }): Promise<Agreement> {
  return o.db.transaction().execute(async (tx) => {
    const a = await findAgreementById(tx, o.agreementId);
    // Another payer's agreement is reported as missing.
    if (!a || a.payerPhone !== o.phone) throw notFound(`Phone ${o.phone} has no agreement ${o.agreementId}.`);
    return stopAgreementIn(tx, { agreement: a, by: 'USER', idempotencyKey: null, now: o.now });
  });
}

/** The agreement behind a confirmation link, expired first if its time ran out. */
export async function findAgreementForPayer(o: { db: Db; token: string; now: number; afterExpire?: () => void }): Promise<Agreement | undefined> {
  const a = await findAgreementByToken(o.db, o.token);
  if (a && a.status === 'PENDING' && a.expiresAt <= o.now) {
    if (await expireAgreement({ db: o.db, agreementId: a.id, now: o.now })) o.afterExpire?.();
    return findAgreementByToken(o.db, o.token);
  }
  return a;
}

/** The names the payer sees for the units of these agreements. */
export function unitNamesOf(o: { db: Db; agreements: Agreement[] }): Promise<Map<string, string>> {
  return unitNames(o.db, o.agreements.map((a) => a.msn));
}
