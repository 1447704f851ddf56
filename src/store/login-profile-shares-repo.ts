// What a person shared with a sales unit outside Login: the scopes of ePayments they
// approved with profile sharing (profile.scope), for the Userinfo API's /userinfo/{sub}.
import type { Queryable } from './db.js';

export interface ProfileShare {
  scopes: string[];
  /** When the person approved the payment (the share's start), epoch ms. */
  sharedAt: number;
  /** Who shared: the sub names one person at one unit. */
  phone: string | null;
}

export async function profileSharesWith(db: Queryable, msn: string, sub: string): Promise<ProfileShare[]> {
  const rows = await db
    .selectFrom('payments')
    .select(['profile_scope', 'authorized_at', 'payer_phone'])
    .where('msn', '=', msn)
    .where('profile_sub', '=', sub)
    .where('profile_scope', 'is not', null)
    .execute();
  return rows.map((r) => ({ scopes: (r.profile_scope ?? '').split(' ').filter(Boolean), sharedAt: Number(r.authorized_at ?? 0), phone: r.payer_phone }));
}
