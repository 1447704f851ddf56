// GET /management/v1/product-orders/{id}: the order's status, for whoever created it.
import { can, refusalReason, type Actor } from '../../domain/access/actor.js';
import { forbidden } from '../../domain/errors.js';
import { ownsProductOrder, productOrderNotFound } from '../../domain/product-orders/owns-product-order.js';
import { PREFILL_STATUS_OF, type PrefillStatus, type ProductOrderStatus } from '../../domain/product-orders/product-order-status.js';
import type { Queryable } from '../../store/db.js';
import { findProductOrder } from '../../store/product-orders-repo.js';

export async function getProductOrder(o: { db: Queryable; actor: Actor; id: string }): Promise<{ prefilledOrderId: string; prefillStatus: PrefillStatus }> {
  if (!can(o.actor, 'manage')) throw forbidden(refusalReason(o.actor.kind, 'manage'));
  const order = await findProductOrder(o.db, o.id.toLowerCase());
  if (!order || !ownsProductOrder(o.actor, order)) throw productOrderNotFound(o.id);
  return { prefilledOrderId: order.id, prefillStatus: PREFILL_STATUS_OF[order.status as ProductOrderStatus] };
}
