// The partner orders Vipps Logg inn for its own company: an ordinary product order, connected
// to the partner itself, that goes to the back office's queue like any order made in the
// portal. Its approval gives the partner's people the partner's own test sales units.
import { randomUUID } from 'node:crypto';
import { checkMayOrderPortalAccess, portalAccessState } from '../../domain/partner-journey/portal-access.js';
import { EMPTY_PREFILL, prefillColumns } from '../../domain/product-orders/normalize-prefill.js';
import { readOrderForm } from '../../domain/signup/order-form.js';
import type { Db } from '../../store/db.js';
import { lockPartnerRow, ownLoginOrders, PORTAL_ACCESS_PRODUCT } from '../../store/partner-portal-access-repo.js';
import { insertProductOrder } from '../../store/product-orders-repo.js';
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
    await insertProductOrder(tx, {
      id,
      source: 'portal',
      status: 'SUBMITTED',
      scheme: 'business:NO:ORG',
      orgno: o.orgno,
      product_type: PORTAL_ACCESS_PRODUCT,
      partner_id: partner.id,
      owner_merchant_id: null,
      key_set_id: null,
      created_by: `${o.personName} (portal)`,
      prefill: JSON.stringify(input),
      locked_fields: '[]',
      invalid: 0,
      invalid_reasons: null,
      ...EMPTY_PREFILL,
      ...prefillColumns(input),
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
    await openCase({ tx, kind: 'product-order', subjectId: id, orgno: o.orgno, now: o.now, actor: o.personName, event: 'submitted', text: "Ordered Vipps Logg inn for the partner's own portal access" });
  });
  return { orderId: id };
}
