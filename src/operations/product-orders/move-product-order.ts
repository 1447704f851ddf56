// Moves a product order to its next status as the merchant portal and back office drive
// it. Each step is a compare-and-set update: concurrent steps on one order cannot both win.
import { notFound } from '../../domain/errors.js';
import { assertCanMove, STATUS_TIME_COLUMN, type ProductOrderStatus } from '../../domain/product-orders/product-order-status.js';
import type { Queryable } from '../../store/db.js';
import { findProductOrder, moveProductOrder } from '../../store/product-orders-repo.js';
import type { ProductOrderRow } from '../../store/tables/management.js';

export interface MoveProductOrderOptions {
  db: Queryable;
  id: string;
  to: Exclude<ProductOrderStatus, 'CREATED'>;
  now: number;
  /** APPROVED: the sales unit created for the order. */
  msn?: string;
  /** STOPPED: why (shown to the merchant, never to the partner). */
  reason?: string;
}

export async function moveProductOrderTo(o: MoveProductOrderOptions): Promise<ProductOrderRow> {
  for (let attempt = 0; ; attempt++) {
    const order = await findProductOrder(o.db, o.id);
    if (!order || order.deleted_at !== null) throw notFound(`No product order ${o.id}.`);
    const from = order.status as ProductOrderStatus;
    // Only the first visit opens an order; later visits change nothing.
    if (o.to === 'OPENED' && from !== 'CREATED') return order;
    assertCanMove(o.id, from, o.to);
    const set = {
      status: o.to,
      [STATUS_TIME_COLUMN[o.to]]: o.now,
      updated_at: o.now,
      ...(o.to === 'APPROVED' && o.msn ? { msn: o.msn } : {}),
      ...(o.to === 'STOPPED' ? { status_reason: o.reason ?? null } : {}),
    };
    if (await moveProductOrder(o.db, { id: o.id, from: [from], set })) return (await findProductOrder(o.db, o.id))!;
    if (attempt >= 3) throw new Error(`product order ${o.id} kept changing while moving it to ${o.to}`);
  }
}
