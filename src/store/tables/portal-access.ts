// Row types of the portal's key audit and partner changes (migrations 009_portal_*).
import type { Generated } from 'kysely';

export type KeyAuditAction = 'reveal' | 'regenerate' | 'create';

export interface KeyAuditRow {
  id: Generated<number>;
  key_set_id: string;
  msn: string;
  orgno: string;
  action: string; // KeyAuditAction
  /** The person who did it. */
  nin: string;
  at: number;
}

export interface PartnerChangeRow {
  id: string;
  msn: string;
  orgno: string;
  /** The unit's partner when the merchant asked; null for a unit without one. */
  from_partner_id: string | null;
  to_partner_id: string;
  /** REQUESTED, ORDER_RECEIVED, COMPLETED, DECLINED, WITHDRAWN */
  status: string;
  open_msn: string | null;
  /** National identity number of the admin who asked. */
  requested_by: string;
  requested_at: number;
  /** How the new partner's order reached the back office (the operator's note). */
  order_reference: string | null;
  order_received_by: string | null;
  order_received_at: number | null;
  /** Operator id (completed, declined) or the person's nin (withdrawn). */
  closed_by: string | null;
  closed_at: number | null;
  /** Why it was declined (told to the merchant). */
  close_reason: string | null;
  updated_at: number;
}

export interface SalesUnitHistoryRow {
  id: Generated<number>;
  msn: string;
  event: string;
  detail: string;
  /** Who did it, for people to read: a person's or operator's name. */
  actor: string;
  at: number;
}

declare module '../schema.js' {
  interface Database {
    key_audit: KeyAuditRow;
    partner_changes: PartnerChangeRow;
    sales_unit_history: SalesUnitHistoryRow;
  }
}
