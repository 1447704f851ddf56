// The emails vpp has written, newest first, optionally to one address.
import type { Queryable } from '../../store/db.js';
import { listEmails as listEmailRows } from '../../store/emails-repo.js';

export function listEmails(o: { db: Queryable; to?: string; limit: number }) {
  return listEmailRows(o.db, { to: o.to, limit: o.limit });
}
