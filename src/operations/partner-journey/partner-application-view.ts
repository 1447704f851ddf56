// An application to become a partner as the back office shows it.
import type { PartnerApplicationRow } from '../../store/tables/partner-journey.js';

export interface PartnerApplication {
  id: string;
  orgno: string;
  orgName: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  /** platform | integration | plugin */
  partnerType: string;
  products: string[];
  expectedMerchants: number;
  /** Expected annual revenue through Vipps MobilePay, NOK in øre. */
  expectedRevenue: number;
  /** PENDING | APPROVED | DECLINED */
  status: string;
  level: string | null;
  declineReason: string | null;
  /** The partner an approval made. */
  partnerId: string | null;
  createdAt: number;
  decidedAt: number | null;
}

export function partnerApplicationOf(row: PartnerApplicationRow): PartnerApplication {
  return {
    id: row.id,
    orgno: row.orgno,
    orgName: row.org_name,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    contactPhone: row.contact_phone,
    partnerType: row.partner_type,
    products: JSON.parse(row.products) as string[],
    expectedMerchants: row.expected_merchants,
    expectedRevenue: Number(row.expected_revenue),
    status: row.status,
    level: row.level,
    declineReason: row.decline_reason,
    partnerId: row.partner_id,
    createdAt: Number(row.created_at),
    decidedAt: row.decided_at === null ? null : Number(row.decided_at),
  };
}
