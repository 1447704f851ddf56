// A partner change as the portal and the back office show it, with the names people read.
import type { PartnerChangeView as PartnerChangeRow } from '../../store/partner-changes-repo.js';

export interface PartnerChange {
  id: string;
  msn: string;
  orgno: string;
  /** REQUESTED, ORDER_RECEIVED, COMPLETED, DECLINED, WITHDRAWN */
  status: string;
  unitName: string;
  /** The unit's partner now (the change moves it from `fromPartnerId`). */
  unitPartnerId: string | null;
  merchantName: string;
  fromPartnerId: string | null;
  fromPartnerName: string | null;
  toPartnerId: string;
  toPartnerName: string;
  toPartnerEmail: string;
  requesterName: string;
  requestedAt: number;
  orderReference: string | null;
  orderReceivedAt: number | null;
  /** Why it was declined (told to the merchant). */
  closeReason: string | null;
}

export function partnerChangeOf(c: PartnerChangeRow): PartnerChange {
  return {
    id: c.id,
    msn: c.msn,
    orgno: c.orgno,
    status: c.status,
    unitName: c.unit_name,
    unitPartnerId: c.unit_partner_id,
    merchantName: c.merchant_name,
    fromPartnerId: c.from_partner_id,
    fromPartnerName: c.from_partner_name,
    toPartnerId: c.to_partner_id,
    toPartnerName: c.to_partner_name,
    toPartnerEmail: c.to_partner_email,
    requesterName: `${c.requester_first_name} ${c.requester_last_name}`,
    requestedAt: Number(c.requested_at),
    orderReference: c.order_reference,
    orderReceivedAt: c.order_received_at === null ? null : Number(c.order_received_at),
    closeReason: c.close_reason,
  };
}
