// What a person shared with a sales unit outside Login: the scopes of ePayments they
// approved with profile sharing (profile.scope), for the Userinfo API's /userinfo/{sub}.
import type { Queryable } from './db.js';

export async function profileScopesSharedWith(db: Queryable, msn: string, sub: string): Promise<string[]> {
  const rows = await db
    .selectFrom('payments')
    .select('profile_scope')
    .where('msn', '=', msn)
    .where('profile_sub', '=', sub)
    .where('profile_scope', 'is not', null)
    .execute();
  const scopes = new Set<string>();
  for (const r of rows) for (const s of (r.profile_scope ?? '').split(' ')) if (s) scopes.add(s);
  return [...scopes];
}
