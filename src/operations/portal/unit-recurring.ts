// A sales unit's Recurring agreements and their charges as the merchant portal shows them:
// only for a unit the person covers (another merchant's unit reads as no unit at all).
import type { Agreement } from '../../domain/recurring/agreement.js';
import type { Charge } from '../../domain/recurring/charge.js';
import type { Db } from '../../store/db.js';
import { listRecentRecurring } from '../recurring/read-recurring.js';
import type { CompanyAccess } from './access-of-person.js';
import { unitInReach } from './unit-in-reach.js';

/** The most agreements (and charges) one page shows: the newest. */
export const PORTAL_RECURRING_LIMIT = 200;

export interface UnitRecurringView {
  unit: { msn: string; name: string };
  /** Newest first, each with its charges (newest first). */
  agreements: { agreement: Agreement; charges: Charge[] }[];
}

export interface UnitRecurringOptions {
  db: Db;
  access: CompanyAccess;
  msn: string;
}

export async function unitRecurring(o: UnitRecurringOptions): Promise<UnitRecurringView> {
  const unit = await unitInReach(o.db, o.access, o.msn);
  const { agreements, charges } = await listRecentRecurring({ db: o.db, msn: unit.msn, limit: PORTAL_RECURRING_LIMIT });
  const byAgreement = new Map<string, Charge[]>(agreements.map((a) => [a.id, []]));
  for (const c of charges) byAgreement.get(c.agreementId)?.push(c);
  return { unit: { msn: unit.msn, name: unit.name }, agreements: agreements.map((agreement) => ({ agreement, charges: byAgreement.get(agreement.id)! })) };
}
