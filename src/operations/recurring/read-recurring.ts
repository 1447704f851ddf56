// Reading agreements and charges of the acting unit. A PENDING agreement whose time ran
// out is expired on the way (with its webhook), so a reader never sees a stale PENDING.
import type { Agreement, AgreementStatus } from '../../domain/recurring/agreement.js';
import type { Charge, ChargeEvent, ChargeStatus } from '../../domain/recurring/charge.js';
import type { Db } from '../../store/db.js';
import { findAgreement, listAgreements as listAgreementRows, listRecentAgreements } from '../../store/recurring-agreements-repo.js';
import { listChargeEvents, listCharges as listChargeRows, listRecentCharges, countChargesByStatus } from '../../store/recurring-charges-repo.js';
import { continueAfter, issueContinuation, MAX_PAGE_SIZE } from './continuation.js';
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

export interface AgreementPage {
  agreements: Agreement[];
  /** Set when more agreements follow: send it back in the Continuation-Token header for them. */
  continuationToken?: string;
}

export async function listAgreements(
  o: ReadOptions & { status: AgreementStatus; createdAfter?: number; pageNumber?: number; pageSize?: number; continuationToken?: string },
): Promise<AgreementPage> {
  const size = Math.min(o.pageSize ?? MAX_PAGE_SIZE, MAX_PAGE_SIZE);
  const list = { db: o.db, msn: o.msn, now: o.now, list: `agreements:${o.status}:${o.createdAfter ?? ''}:${size}` };
  const after = await continueAfter({ ...list, token: o.continuationToken });
  const skip = after ? 0 : ((o.pageNumber ?? 1) - 1) * size;
  // One more than the page: whether another page follows.
  const rows = await listAgreementRows(o.db, { msn: o.msn, status: o.status, createdAfter: o.createdAfter, after, limit: skip + size + 1 });
  const page = rows.slice(skip, skip + size);
  const continuationToken = rows.length > skip + size && page.length ? await issueContinuation({ ...list, last: page.at(-1)! }) : undefined;
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

export interface ChargePage {
  charges: ChargeWithHistory[];
  /** Set when more charges follow: send it back in the Continuation-Token header for them. */
  continuationToken?: string;
}

export async function listCharges(o: ReadOptions & { agreementId: string; status?: ChargeStatus; continuationToken?: string }): Promise<ChargePage> {
  const agreement = await requireAgreement(o.db, o.msn, o.agreementId);
  const list = { db: o.db, msn: o.msn, now: o.now, list: `charges:${agreement.id}:${o.status ?? ''}` };
  const after = await continueAfter({ ...list, token: o.continuationToken });
  // One more than the page: whether another page follows.
  const rows = await listChargeRows(o.db, { msn: o.msn, agreementId: agreement.id, status: o.status, after, limit: MAX_PAGE_SIZE + 1 });
  const page = rows.slice(0, MAX_PAGE_SIZE);
  const continuationToken = rows.length > MAX_PAGE_SIZE ? await issueContinuation({ ...list, last: page.at(-1)! }) : undefined;
  const events = await listChargeEvents(o.db, o.msn, page.map((c) => c.id));
  return { charges: page.map((charge) => ({ charge, events: events.get(charge.id)!, agreement })), continuationToken };
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
