// Reading agreements and charges of the acting unit. A PENDING agreement whose time ran
// out is expired on the way (with its webhook), so a reader never sees a stale PENDING.
import { randomUUID } from 'node:crypto';
import { invalid } from '../../domain/errors.js';
import type { Agreement, AgreementStatus } from '../../domain/recurring/agreement.js';
import type { Charge, ChargeEvent, ChargeStatus } from '../../domain/recurring/charge.js';
import type { Db } from '../../store/db.js';
import { findAgreement, listAgreements as listAgreementRows, listRecentAgreements } from '../../store/recurring-agreements-repo.js';
import { listChargeEvents, listCharges as listChargeRows, listRecentCharges, countChargesByStatus } from '../../store/recurring-charges-repo.js';
import { deleteExpiredContinuationTokens, findContinuationToken, insertContinuationToken } from '../../store/recurring-continuation-repo.js';
import { expireAgreement } from './expire-agreement.js';
import { requireAgreement, requireCharge } from './recurring-unit.js';

export interface ReadOptions {
  db: Db;
  msn: string;
  now: number;
  afterExpire?: () => void;
}

async function fresh(o: ReadOptions, a: Agreement): Promise<Agreement> {
  if (a.status !== 'PENDING' || a.expiresAt > o.now) return a;
  if (await expireAgreement({ db: o.db, agreementId: a.id, now: o.now })) o.afterExpire?.();
  return (await findAgreement(o.db, o.msn, a.id))!;
}

export async function getAgreement(o: ReadOptions & { agreementId: string }): Promise<Agreement> {
  return fresh(o, await requireAgreement(o.db, o.msn, o.agreementId));
}

/** At most this many agreements in one answer. */
export const MAX_PAGE_SIZE = 1000;

/** How long a Continuation-Token leads to the next page. */
export const CONTINUATION_TTL_MS = 10 * 60_000;

export interface AgreementPage {
  agreements: Agreement[];
  /** Set when more agreements follow: send it back in the Continuation-Token header for them. */
  continuationToken?: string;
}

export async function listAgreements(
  o: ReadOptions & { status: AgreementStatus; createdAfter?: number; pageNumber?: number; pageSize?: number; continuationToken?: string },
): Promise<AgreementPage> {
  const size = Math.min(o.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  // The token belongs to one list: the same unit, status and createdAfter.
  const list = `agreements:${o.status}:${o.createdAfter ?? ''}:${size}`;
  let after: { createdAt: number; id: string } | undefined;
  if (o.continuationToken !== undefined) {
    after = await findContinuationToken(o.db, { token: o.continuationToken, msn: o.msn, list, now: o.now });
    if (!after) {
      throw invalid('The Continuation-Token is unknown, has expired, or belongs to another list. Request the list again without it to start from the first page.', [
        { name: 'Continuation-Token', reason: 'unknown or expired' },
      ]);
    }
  }
  const skip = after ? 0 : ((o.pageNumber ?? 1) - 1) * size;
  // One more than the page: whether another page follows.
  const rows = await listAgreementRows(o.db, { msn: o.msn, status: o.status, createdAfter: o.createdAfter, after, limit: skip + size + 1 });
  const page = rows.slice(skip, skip + size);
  let continuationToken: string | undefined;
  if (rows.length > skip + size && page.length) {
    const last = page[page.length - 1]!;
    continuationToken = randomUUID();
    await deleteExpiredContinuationTokens(o.db, o.now);
    await insertContinuationToken(o.db, { token: continuationToken, msn: o.msn, list, after_created_at: last.createdAt, after_id: last.id, expires_at: o.now + CONTINUATION_TTL_MS });
  }
  return { agreements: await Promise.all(page.map((a) => fresh(o, a))), continuationToken };
}

export interface ChargeWithHistory {
  charge: Charge;
  events: ChargeEvent[];
  agreement: Agreement;
}

export async function getCharge(o: ReadOptions & { agreementId?: string; chargeId: string }): Promise<ChargeWithHistory> {
  const charge = await requireCharge(o.db, o.msn, o.chargeId, o.agreementId);
  const events = (await listChargeEvents(o.db, o.msn, [charge.id])).get(charge.id)!;
  return { charge, events, agreement: (await findAgreement(o.db, o.msn, charge.agreementId))! };
}

export async function listCharges(o: ReadOptions & { agreementId: string; status?: ChargeStatus }): Promise<ChargeWithHistory[]> {
  const agreement = await requireAgreement(o.db, o.msn, o.agreementId);
  const charges = await listChargeRows(o.db, { msn: o.msn, agreementId: o.agreementId, status: o.status, limit: MAX_PAGE_SIZE });
  const events = await listChargeEvents(o.db, o.msn, charges.map((c) => c.id));
  return charges.map((charge) => ({ charge, events: events.get(charge.id)!, agreement }));
}

/** The newest agreements and charges (of one unit, or of all), for the inspector. */
export async function listRecentRecurring(o: { db: Db; msn?: string; limit: number }): Promise<{ agreements: Agreement[]; charges: Charge[] }> {
  const [agreements, charges] = await Promise.all([listRecentAgreements(o.db, o), listRecentCharges(o.db, o)]);
  return { agreements, charges };
}

/** Charges per status (of one unit, or of all): for scripts waiting on the due-charge timer. */
export function countCharges(o: { db: Db; msn?: string }): Promise<Record<string, number>> {
  return countChargesByStatus(o.db, o.msn);
}
