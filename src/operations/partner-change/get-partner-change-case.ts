// One partner change as the back office sees it: the request, the unit's history, and the
// new partner's product orders for the same organisation (evidence of its order).
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findPartnerChange, listUnitHistory, productOrdersOfPartnerFor, type PartnerChangeView } from '../../store/partner-changes-repo.js';

export type { PartnerChangeView };

export async function getPartnerChangeCase(o: { db: Queryable; id: string }) {
  const change = await findPartnerChange(o.db, o.id);
  if (!change) throw notFound('There is no such partner change.');
  const [history, newPartnerOrders] = await Promise.all([listUnitHistory(o.db, change.msn), productOrdersOfPartnerFor(o.db, change.to_partner_id, change.orgno)]);
  return { change, history, newPartnerOrders };
}
