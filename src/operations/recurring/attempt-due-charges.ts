// The due-date run: charges whose attempt time (or processing time) has come are attempted
// in sets, one transaction per set. A set is claimed with one conditional UPDATE (so of
// several nodes exactly one attempts each charge) and attempted in the same transaction
// (attempt-claimed.ts).
import type { Db, DialectName } from '../../store/db.js';
import { claimDueCharges } from '../../store/recurring-charges-repo.js';
import { attemptClaimed } from './attempt-claimed.js';

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
    await attemptClaimed(tx, claimed, { now: o.now });
    return claimed.length;
  });
}
