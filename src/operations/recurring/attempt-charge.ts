// One attempt for one charge whose time has come: claimed with a conditional UPDATE (so
// exactly one node attempts it) and attempted in the same transaction as a set of them is
// (attempt-claimed.ts). The due-date run works in sets; this is the one-charge path.
import type { Charge } from '../../domain/recurring/charge.js';
import type { Db } from '../../store/db.js';
import { claimChargeAttempt } from '../../store/recurring-charges-repo.js';
import { attemptClaimed } from './attempt-claimed.js';

export interface AttemptChargeOptions {
  db: Db;
  msn: string;
  chargeId: string;
  now: number;
}

/** What became of the attempt: undefined when another node had it already. */
export async function attemptCharge(o: AttemptChargeOptions): Promise<Charge | undefined> {
  return o.db.transaction().execute(async (tx) => {
    const claimed = await claimChargeAttempt(tx, { msn: o.msn, id: o.chargeId, now: o.now });
    if (!claimed) return undefined;
    return (await attemptClaimed(tx, [claimed], { now: o.now }))[0];
  });
}
