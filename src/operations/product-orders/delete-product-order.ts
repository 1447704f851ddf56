// DELETE /management/v1/product-orders/{id}: the creator withdraws an order sent by
// mistake, until the merchant has submitted it. A compare-and-set update, so a delete and
// the merchant's submit can never both win.
import { can, refusalReason, type Actor } from '../../domain/access/actor.js';
import { conflict, forbidden } from '../../domain/errors.js';
import { ownsProductOrder, productOrderNotFound } from '../../domain/product-orders/owns-product-order.js';
import { DELETABLE } from '../../domain/product-orders/product-order-status.js';
import type { Queryable } from '../../store/db.js';
import { findProductOrder, moveProductOrder } from '../../store/product-orders-repo.js';

export async function deleteProductOrder(o: { db: Queryable; actor: Actor; id: string; now: number }): Promise<void> {
  if (!can(o.actor, 'manage')) throw forbidden(refusalReason(o.actor.kind, 'manage'));
  const id = o.id.toLowerCase();
  const order = await findProductOrder(o.db, id);
  if (!order || !ownsProductOrder(o.actor, order)) throw productOrderNotFound(o.id);
  const moved = await moveProductOrder(o.db, {
    id,
    from: DELETABLE,
    set: { status: 'STOPPED', stopped_at: o.now, deleted_at: o.now, status_reason: `Deleted by ${o.actor.owner} through the API`, updated_at: o.now },
  });
  if (moved) return;
  const now = await findProductOrder(o.db, id);
  if (!now || !ownsProductOrder(o.actor, now)) throw productOrderNotFound(o.id);
  const when = now.submitted_at ? ` on ${new Date(now.submitted_at).toISOString()}` : '';
  throw conflict(
    `The merchant has submitted product order ${o.id}${when}, so it can no longer be deleted. If the pre-filled data was wrong, ask the merchant to contact Vipps MobilePay, or send a new pre-fill for the correct data.`,
    'Product order already submitted',
  );
}
