// Row types of the partner journey (migration 020).

export interface PartnerApplicationRow {
  id: string;
  orgno: string;
  org_name: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  /** platform | integration | plugin */
  partner_type: string;
  products: string; // JSON array of product types
  expected_merchants: number;
  /** Expected annual revenue through Vipps MobilePay, NOK in øre. */
  expected_revenue: number;
  /** PENDING | APPROVED | DECLINED */
  status: string;
  level: string | null;
  decline_reason: string | null;
  partner_id: string | null;
  decided_by: string | null;
  decided_at: number | null;
  created_at: number;
}

export interface RevokedKeySetRow {
  key_set_id: string;
  partner_id: string;
  revoked_by: string;
  revoked_at: number;
}

export interface ChecklistCounterRow {
  partner_id: string;
  api: string;
  counter: string;
  n: number;
  last_at: number;
}

export interface ChecklistReferenceRow {
  partner_id: string;
  api: string;
  item: string;
  reference: string;
  msn: string;
  first_at: number;
  last_at: number;
}

export interface ChecklistAttachmentRow {
  partner_id: string;
  api: string;
  item: string;
  link: string;
  note: string | null;
  at: number;
}

export interface IntegrationSubmissionRow {
  id: string;
  partner_id: string;
  api: string;
  references: string; // JSON array of payment references
  pilot_orgno: string;
  pilot_name: string;
  description: string;
  /** SUBMITTED | MORE_INFORMATION | APPROVED */
  status: string;
  operator_note: string | null;
  decided_by: string | null;
  decided_at: number | null;
  created_at: number;
}

export interface ListedPartnerRow {
  partner_id: string;
  listed_at: number;
}

declare module '../schema.js' {
  interface Database {
    partner_applications: PartnerApplicationRow;
    revoked_key_sets: RevokedKeySetRow;
    checklist_counters: ChecklistCounterRow;
    checklist_references: ChecklistReferenceRow;
    checklist_attachments: ChecklistAttachmentRow;
    integration_submissions: IntegrationSubmissionRow;
    listed_partners: ListedPartnerRow;
  }
}
