// The back office's queue: open cases oldest first and the latest decided ones, each with
// what the queue shows of it.
import type { Db } from '../../store/db.js';
import { listDecidedCases, listOpenCases } from '../../store/signup-cases-repo.js';
import { loadCase, type CaseDetails } from './load-case.js';

export async function loadQueue(o: { db: Db; decided: number }): Promise<{ open: CaseDetails[]; decided: CaseDetails[] }> {
  const open = await Promise.all((await listOpenCases(o.db)).map((c) => loadCase(o.db, c, { withEvents: false })));
  const decided = await Promise.all((await listDecidedCases(o.db, o.decided)).map((c) => loadCase(o.db, c, { withEvents: false })));
  return { open, decided };
}
