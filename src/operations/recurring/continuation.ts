// Continuation-Tokens of the Recurring lists (api-guide: "Continuation-Token header"): a
// short-lived token names where the next page of one list starts. A token is bound to the
// unit and to the list with its filters, so it leads nowhere else.
import { randomUUID } from 'node:crypto';
import { invalid } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { deleteExpiredContinuationTokens, findContinuationToken, insertContinuationToken } from '../../store/recurring-continuation-repo.js';

/** At most this many agreements or charges in one answer. */
export const MAX_PAGE_SIZE = 1000;

/** How long a Continuation-Token leads to the next page. */
export const CONTINUATION_TTL_MS = 10 * 60_000;

export interface ListPlace {
  createdAt: number;
  id: string;
}

interface ContinuationOptions {
  db: Queryable;
  msn: string;
  /** Which list, with every filter that shapes it. */
  list: string;
  now: number;
}

/** Where the token's list goes on; refused when the token is unknown, expired or another list's. */
export async function continueAfter(o: ContinuationOptions & { token: string | undefined }): Promise<ListPlace | undefined> {
  if (o.token === undefined) return undefined;
  const after = await findContinuationToken(o.db, { token: o.token, msn: o.msn, list: o.list, now: o.now });
  if (after) return after;
  throw invalid('The Continuation-Token is unknown, has expired, or belongs to another list. Request the list again without it to start from the first page.', [
    { name: 'Continuation-Token', reason: 'unknown or expired' },
  ]);
}

/** A new token for the page after `last`. */
export async function issueContinuation(o: ContinuationOptions & { last: ListPlace }): Promise<string> {
  const token = randomUUID();
  await deleteExpiredContinuationTokens(o.db, o.now);
  await insertContinuationToken(o.db, { token, msn: o.msn, list: o.list, after_created_at: o.last.createdAt, after_id: o.last.id, expires_at: o.now + CONTINUATION_TTL_MS });
  return token;
}
