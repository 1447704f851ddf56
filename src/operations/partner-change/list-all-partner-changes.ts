// The back office's list of partner changes: every open one, oldest first, and the latest
// closed ones.
import type { Queryable } from '../../store/db.js';
import { listAllPartnerChanges as listChanges } from '../../store/partner-changes-repo.js';
import { partnerChangeOf, type PartnerChange } from './partner-change-view.js';

export interface ListAllPartnerChangesOptions {
  db: Queryable;
  closed: number;
}

export async function listAllPartnerChanges(o: ListAllPartnerChangesOptions): Promise<{ open: PartnerChange[]; closed: PartnerChange[] }> {
  const { open, closed } = await listChanges(o.db, o.closed);
  return { open: open.map(partnerChangeOf), closed: closed.map(partnerChangeOf) };
}
