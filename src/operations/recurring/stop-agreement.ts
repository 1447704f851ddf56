// Stops an agreement (the merchant through PATCH, or the payer in the app): it can never
// be charged again, and its PENDING, DUE and RESERVED charges are cancelled with it.
import { conflict } from '../../domain/errors.js';
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { Tx } from '../../store/db.js';
import { endAgreementRow } from '../../store/recurring-agreements-repo.js';
import { cancelOpenChargesOfAgreement } from '../../store/recurring-charges-repo.js';
import { publishAgreementEvent, recordChargeEvent } from './recurring-unit.js';

export async function stopAgreementIn(tx: Tx, o: { agreement: Agreement; by: 'MERCHANT' | 'USER'; idempotencyKey: string | null; partnerId?: string | null; now: number }): Promise<Agreement> {
  const a = o.agreement;
  if (a.status === 'STOPPED' || a.status === 'EXPIRED') {
    throw conflict(`Agreement ${a.id} is already ${a.status}; a stopped or expired agreement cannot change.`, 'Agreement already ended');
  }
  const stopped = await endAgreementRow(tx, { id: a.id, now: o.now, from: ['PENDING', 'ACTIVE'], to: 'STOPPED' });
  if (!stopped) throw conflict(`Agreement ${a.id} changed while it was stopped. Get it and try again.`, 'Agreement changed');
  for (const c of await cancelOpenChargesOfAgreement(tx, { msn: a.msn, agreementId: a.id, now: o.now })) {
    await recordChargeEvent({ tx, charge: c, agreement: stopped, event: 'CANCEL', amount: c.cancelled, idempotencyKey: o.idempotencyKey, partnerId: o.partnerId, now: o.now });
  }
  await publishAgreementEvent({ tx, agreement: stopped, eventType: 'recurring.agreement-stopped.v1', actor: o.by, partnerId: o.partnerId, now: o.now });
  return stopped;
}
