// Row types of the Management API's tables (migrations 003_management_*).
import type { Generated } from 'kysely';

export interface ProductOrderRow {
  /** The prefilledOrderId (UUID). */
  id: string;
  /** management | partner-api | portal */
  source: string;
  /** CREATED, OPENED, SUBMITTED, PROCESSING, AWAITING-CUSTOMER, APPROVED, STOPPED */
  status: string;
  scheme: string;
  orgno: string;
  product_type: string;
  /** The partner whose keys created the order (null when a merchant or the portal did). */
  partner_id: string | null;
  /** The merchant whose own keys created the order. */
  owner_merchant_id: string | null;
  key_set_id: string | null;
  /** Who created it, for people: partner name, org number or "portal". */
  created_by: string;
  /** The pre-fill request as given (JSON). */
  prefill: string;
  /** Top-level fields the creator set, which the merchant may not change (JSON array). */
  locked_fields: string;
  /** 1 for an accepted legacy pre-fill that would not pass full validation. */
  invalid: number;
  /** Why it is invalid (JSON FieldProblem[]). */
  invalid_reasons: string | null;
  // The validated pre-fill; all null for an invalid order (the merchant gets an empty form).
  sales_unit_name: string | null;
  sales_unit_logo: string | null;
  settlement_account: string | null;
  price_package_id: string | null;
  product_use_case: string | null;
  annual_turnover: number | null;
  intended_purpose: string | null;
  website: string | null; // JSON
  compliance_data: string | null; // JSON
  /** The sales unit created when the order was approved. */
  msn: string | null;
  /** Why it was stopped (deleted by the partner, declined, …); never shown to partners. */
  status_reason: string | null;
  created_at: number;
  opened_at: number | null;
  submitted_at: number | null;
  processing_at: number | null;
  awaiting_customer_at: number | null;
  approved_at: number | null;
  stopped_at: number | null;
  /** Set when the creator deleted it with DELETE /management/v1/product-orders/{id}. */
  deleted_at: number | null;
  updated_at: number;
}

export interface MerchantAgreementRow {
  id: string;
  orgno: string;
  /** PROCESSING | ACTIVE */
  status: string;
  signer_nin: string;
  signed_at: number;
  pdf: Buffer;
  /** The form as the signer submitted it (JSON). */
  form_data: string;
  created_at: number;
  updated_at: number;
}

export interface SalesUnitChangeRow {
  id: Generated<number>;
  msn: string;
  /** name | logo | status | … */
  field: string;
  /** The value before and after, as text (a logo is described, not copied). */
  old_value: string | null;
  new_value: string | null;
  key_set_id: string | null;
  key_kind: string | null;
  /** Who, for people: "Fjordkassa Platform (partner keys)". */
  changed_by: string;
  /** Where: "Management API", "portal", "back office". */
  channel: string;
  at: number;
}

declare module '../schema.js' {
  interface Database {
    product_orders: ProductOrderRow;
    merchant_agreements: MerchantAgreementRow;
    sales_unit_changes: SalesUnitChangeRow;
  }
}
