// Product orders: inserted by a pre-fill, moved through their statuses by compare-and-set
// updates, so two requests can never both move one order.
import type { Queryable } from './db.js';
import type { ProductOrderRow } from './tables/management.js';

export async function insertProductOrder(db: Queryable, row: ProductOrderRow): Promise<void> {
  await db.insertInto('product_orders').values(row).execute();
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
