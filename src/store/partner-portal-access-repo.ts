// The partner's own portal access: the Login (Vipps Logg inn) orders a partner placed for
// its own company, found by the partner whose approved application is for that company.
import type { Queryable } from './db.js';

export const PORTAL_ACCESS_PRODUCT = 'VIPPS_LOGG_INN';

/** The partner whose own company `orgno` is (an approved application), or undefined. */
export async function partnerOfOwnOrg(db: Queryable, orgno: string): Promise<string | undefined> {
  const row = await db.selectFrom('partner_applications').select('partner_id').where('orgno', '=', orgno).where('status', '=', 'APPROVED').executeTakeFirst();
  return row?.partner_id ?? undefined;
}

/** The partner's Login orders for its own company, newest first. */
export function ownLoginOrders(db: Queryable, partnerId: string, orgno: string) {
  return db
    .selectFrom('product_orders')
    .select(['id', 'status', 'msn', 'submitted_at', 'approved_at', 'stopped_at', 'created_at'])
    .where('orgno', '=', orgno)
    .where('partner_id', '=', partnerId)
    .where('product_type', '=', PORTAL_ACCESS_PRODUCT)
    .where('deleted_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

/** Takes the partner's row lock (a no-op update), so two orders for it happen one after the other. */
export async function lockPartnerRow(db: Queryable, partnerId: string): Promise<void> {
  await db.updateTable('partners').set((eb) => ({ name: eb.ref('name') })).where('id', '=', partnerId).execute();
}
