// Who may see or delete a product order made through an API: the keys of whoever created
// it. A partner sees only its own orders; a merchant only those its own keys created.
import type { Actor } from '../access/actor.js';
import { notFound } from '../errors.js';

export interface ProductOrderOwner { partner_id: string | null; owner_merchant_id: string | null; deleted_at: number | null }

export function ownsProductOrder(actor: Actor, order: ProductOrderOwner): boolean {
  if (order.deleted_at !== null) return false;
  if (order.partner_id !== null) return actor.partnerId === order.partner_id;
  if (order.owner_merchant_id !== null) return actor.partnerId === null && actor.merchantId === order.owner_merchant_id;
  return false;
}

export const productOrderNotFound = (id: string) =>
  notFound(`No product order ${id} is available to these API keys. Use the prefilledOrderId that POST /management/v1/product-orders returned to you.`);
