// The back office's list of partner changes: every open one, oldest first, and the latest
// closed ones.
import type { Queryable } from '../../store/db.js';
import { listAllPartnerChanges as listChanges, type PartnerChangeView } from '../../store/partner-changes-repo.js';

export interface ListAllPartnerChangesOptions {
  db: Queryable;
  closed: number;
}

export function listAllPartnerChanges(o: ListAllPartnerChangesOptions): Promise<{ open: PartnerChangeView[]; closed: PartnerChangeView[] }> {
  return listChanges(o.db, o.closed);
}
