// The back office's cases for the simulation API: open ones first, then recent decisions.
import type { Db } from '../../store/db.js';
import { listDecidedCases, listOpenCases } from '../../store/signup-cases-repo.js';
import type { SignupCaseRow } from '../../store/tables/signup.js';

export interface ListCasesOptions {
  db: Db;
  orgno?: string;
  state?: string;
}

export async function listCases(o: ListCasesOptions): Promise<SignupCaseRow[]> {
  const all = [...(await listOpenCases(o.db)), ...(await listDecidedCases(o.db, 200))];
  return all.filter((c) => (!o.orgno || c.orgno === o.orgno) && (!o.state || c.state === o.state));
}
