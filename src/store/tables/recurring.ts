// Row types of the Recurring tables (migration 017).
import type { Generated } from 'kysely';

export interface RecurringAgreementRow {
  id: string;
  uuid: string;
  msn: string;
  status: string;
  pricing_type: string;
  currency: string;
  amount: number | null;
  suggested_max_amount: number | null;
  max_amount: number | null;
  interval_unit: string;
  interval_count: number;
  product_name: string;
  product_description: string | null;
  merchant_agreement_url: string;
  merchant_redirect_url: string;
  phone_number: string | null;
  payer_phone: string | null;
  scope: string | null;
  sub: string | null;
  external_id: string | null;
  campaign: string | null; // JSON
  initial_charge: string | null; // JSON
  initial_charge_id: string | null;
  skip_landing_page: number;
  is_app: number;
  confirmation_token: string;
  created_at: number;
  start_at: number | null;
  stop_at: number | null;
  expires_at: number;
  updated_at: number;
}

export interface RecurringChargeRow {
  msn: string;
  id: string;
  agreement_id: string;
  type: string;
  transaction_type: string;
  status: string;
  currency: string;
  amount: number;
  reserved: number;
  captured: number;
  refunded: number;
  cancelled: number;
  description: string;
  due: string;
  retry_days: number;
  external_id: string | null;
  failure_reason: string | null;
  failure_description: string | null;
  next_attempt_at: number | null;
  last_attempt_at: number;
  created_at: number;
  updated_at: number;
  /** A cancel asked for while the charge was PROCESSING (migration 031). */
  cancel_requested_at: number | null;
}

export interface RecurringChargeEventRow {
  id: Generated<number>;
  msn: string;
  charge_id: string;
  event: string;
  amount: number;
  idempotency_key: string | null;
  success: number;
  created_at: number;
}

declare module '../schema.js' {
  interface Database {
    recurring_agreements: RecurringAgreementRow;
    recurring_charges: RecurringChargeRow;
    recurring_charge_events: RecurringChargeEventRow;
  }
}
