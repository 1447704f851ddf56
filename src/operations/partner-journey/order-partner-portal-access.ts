// The partner orders Vipps Logg inn for its own company: an ordinary product order, connected
// to the partner itself, that goes to the back office's queue like any order made in the
// portal. Its approval gives the partner's people the partner's own test sales units.
import { randomUUID } from 'node:crypto';
import { checkMayOrderPortalAccess, portalAccessState } from '../../domain/partner-journey/portal-access.js';
import { readOrderForm } from '../../domain/signup/order-form.js';
import type { Db } from '../../store/db.js';
import { lockPartnerRow, ownLoginOrders, PORTAL_ACCESS_PRODUCT } from '../../store/partner-portal-access-repo.js';
import { insertPortalOrder } from '../../store/product-orders-repo.js';
import { openCase } from '../backoffice/open-case.js';
import { partnerOfPerson } from './partner-of-person.js';

export interface OrderPartnerPortalAccessOptions {
  db: Db;
  nin: string;
  personName: string;
  orgno: string;
  now: number;
}

export async function orderPartnerPortalAccess(o: OrderPartnerPortalAccessOptions): Promise<{ orderId: string }> {
  // Only an admin of the partner's company orders products for it, as in manual signup.
  const { partner } = await partnerOfPerson(o.db, o.nin, o.orgno, 'ADMIN');
  const id = randomUUID();
  await o.db.transaction().execute(async (tx) => {
    await lockPartnerRow(tx, partner.id);
    checkMayOrderPortalAccess(portalAccessState(await ownLoginOrders(tx, partner.id, o.orgno)).state, partner.name);
    const input = readOrderForm({ body: { salesUnitName: `${partner.name.slice(0, 20)} Logg inn` }, orgno: o.orgno, productType: PORTAL_ACCESS_PRODUCT, locked: {} });
    await insertPortalOrder(tx, { id, orgno: o.orgno, productType: PORTAL_ACCESS_PRODUCT, partnerId: partner.id, personName: o.personName, input, now: o.now });
    await openCase({ tx, kind: 'product-order', subjectId: id, orgno: o.orgno, now: o.now, actor: o.personName, event: 'submitted', text: "Ordered Vipps Logg inn for the partner's own portal access" });
  });
  return { orderId: id };
}
