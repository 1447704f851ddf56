// One partner change as the back office sees it: the request, the unit's history, and the
// new partner's product orders for the same organisation (evidence of its order).
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findPartnerChange, listUnitHistory, productOrdersOfPartnerFor } from '../../store/partner-changes-repo.js';
import { partnerChangeOf, type PartnerChange } from './partner-change-view.js';

export interface PartnerChangeCase {
  change: PartnerChange;
  history: { at: number; actor: string; detail: string }[];
  newPartnerOrders: { id: string; productType: string; status: string; createdAt: number; salesUnitName: string | null }[];
}

export async function getPartnerChangeCase(o: { db: Queryable; id: string }): Promise<PartnerChangeCase> {
  const change = await findPartnerChange(o.db, o.id);
  if (!change) throw notFound('There is no such partner change.');
  const [history, newPartnerOrders] = await Promise.all([listUnitHistory(o.db, change.msn), productOrdersOfPartnerFor(o.db, change.to_partner_id, change.orgno)]);
  return {
    change: partnerChangeOf(change),
    history: history.map((h) => ({ at: Number(h.at), actor: h.actor, detail: h.detail })),
    newPartnerOrders: newPartnerOrders.map((p) => ({ id: p.id, productType: p.product_type, status: p.status, createdAt: Number(p.created_at), salesUnitName: p.sales_unit_name })),
  };
}
