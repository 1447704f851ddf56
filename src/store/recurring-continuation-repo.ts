// Continuation-Tokens of the Recurring lists: where one caller's next page starts.
import type { Queryable } from './db.js';
import type { RecurringContinuationTokenRow } from './tables/recurring-continuation.js';

export async function insertContinuationToken(db: Queryable, row: RecurringContinuationTokenRow): Promise<void> {
  await db.insertInto('recurring_continuation_tokens').values(row).execute();
}

/** The token's place in the list, while it lives and only for the unit and list it was made for. */
export async function findContinuationToken(db: Queryable, o: { token: string; msn: string; list: string; now: number }): Promise<{ createdAt: number; id: string } | undefined> {
  const r = await db
    .selectFrom('recurring_continuation_tokens')
    .select(['after_created_at', 'after_id'])
    .where('token', '=', o.token)
    .where('msn', '=', o.msn)
    .where('list', '=', o.list)
    .where('expires_at', '>', o.now)
    .executeTakeFirst();
  return r && { createdAt: Number(r.after_created_at), id: r.after_id };
}

/** Forgets tokens whose time ran out. */
export async function deleteExpiredContinuationTokens(db: Queryable, now: number): Promise<void> {
  await db.deleteFrom('recurring_continuation_tokens').where('expires_at', '<=', now).execute();
}
