// Product orders: inserted by a pre-fill, moved through their statuses by compare-and-set
// updates, so two requests can never both move one order.
import type { Queryable } from './db.js';
import type { ProductOrderRow } from './tables/management.js';
import { EMPTY_PREFILL, prefillColumns } from '../domain/product-orders/normalize-prefill.js';

export async function insertProductOrder(db: Queryable, row: ProductOrderRow): Promise<void> {
  await db.insertInto('product_orders').values(row).execute();
}

/** An order a person placed in the portal: submitted at once, for the back office to decide. */
export async function insertPortalOrder(
  db: Queryable,
  o: { id: string; orgno: string; productType: ProductOrderRow['product_type']; partnerId: ProductOrderRow['partner_id']; personName: string; input: Record<string, unknown>; now: number },
): Promise<void> {
  await insertProductOrder(db, {
    id: o.id,
    source: 'portal',
    status: 'SUBMITTED',
    scheme: 'business:NO:ORG',
    orgno: o.orgno,
    product_type: o.productType,
    partner_id: o.partnerId,
    owner_merchant_id: null,
    key_set_id: null,
    created_by: `${o.personName} (portal)`,
    prefill: JSON.stringify(o.input),
    locked_fields: '[]',
    invalid: 0,
    invalid_reasons: null,
    ...EMPTY_PREFILL,
    ...prefillColumns(o.input),
    msn: null,
    status_reason: null,
    created_at: o.now,
    opened_at: o.now,
    submitted_at: o.now,
    processing_at: null,
    awaiting_customer_at: null,
    approved_at: null,
    stopped_at: null,
    deleted_at: null,
    updated_at: o.now,
  });
}

export function findProductOrder(db: Queryable, id: string): Promise<ProductOrderRow | undefined> {
  return db.selectFrom('product_orders').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Moves an order that is still in one of `from` (and not deleted); returns whether it did.
 * `set` carries the new status, its timestamp and anything else the step records.
 */
export async function moveProductOrder(
  db: Queryable,
  o: { id: string; from: readonly string[]; set: Partial<Omit<ProductOrderRow, 'id'>> & { status: string; updated_at: number } },
): Promise<boolean> {
  const result = await db
    .updateTable('product_orders')
    .set(o.set)
    .where('id', '=', o.id)
    .where('status', 'in', [...o.from])
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
