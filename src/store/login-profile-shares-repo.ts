// What a person shared with a sales unit outside Login, for the Userinfo API's
// /userinfo/{sub}: the scopes of ePayments they approved with profile sharing
// (profile.scope) and of Recurring agreements they accepted with `scope`.
import type { Queryable } from './db.js';

export interface ProfileShare {
  scopes: string[];
  /** When the person approved the payment or accepted the agreement (the share's start), epoch ms. */
  sharedAt: number;
  /** Who shared: the sub names one person at one unit. */
  phone: string | null;
}

const words = (scope: string | null) => (scope ?? '').split(' ').filter(Boolean);

export async function profileSharesWith(db: Queryable, msn: string, sub: string): Promise<ProfileShare[]> {
  const payments = await db
    .selectFrom('payments')
    .select(['profile_scope', 'authorized_at', 'payer_phone'])
    .where('msn', '=', msn)
    .where('profile_sub', '=', sub)
    .where('profile_scope', 'is not', null)
    .execute();
  // Only an agreement that became active completed the sharing: one whose initial charge
  // failed (EXPIRED) is a failed agreement, and a rejected one never got a sub.
  const agreements = await db
    .selectFrom('recurring_agreements')
    .select(['scope', 'start_at', 'payer_phone'])
    .where('msn', '=', msn)
    .where('sub', '=', sub)
    .where('scope', 'is not', null)
    .where('status', 'in', ['ACTIVE', 'STOPPED'])
    .execute();
  return [
    ...payments.map((r) => ({ scopes: words(r.profile_scope), sharedAt: Number(r.authorized_at ?? 0), phone: r.payer_phone })),
    ...agreements.map((r) => ({ scopes: words(r.scope), sharedAt: Number(r.start_at ?? 0), phone: r.payer_phone })),
  ];
}
