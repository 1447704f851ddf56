// Row types of the ePayment tables (migration 004).
import type { Generated } from 'kysely';
import type { PaymentEventName, PaymentState } from '../../domain/payments/states.js';

export interface PaymentRow {
  id: string;
  msn: string;
  reference: string;
  psp_reference: string;
  state: PaymentState;
  currency: string;
  /** What the payer is asked to pay, minor units. */
  amount: number;
  authorized: number;
  captured: number;
  refunded: number;
  cancelled: number;
  payment_method: string;
  user_flow: string;
  /** The payer named by the merchant (phone number or personal QR), if any. */
  customer_phone: string | null;
  /** The phone number that approved or rejected. */
  payer_phone: string | null;
  description: string | null;
  return_url: string | null;
  metadata: string | null; // JSON object
  details: string; // JSON: the rest of the create request (receipt, profile, qrFormat, …)
  profile_scope: string | null;
  profile_sub: string | null;
  /** Capability in redirectUrl: whoever holds it may act as the payer. */
  landing_token: string;
  long_living: number;
  expires_at: number;
  authorized_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface PaymentEventRow {
  id: Generated<number>;
  /** Stable id of the event, also sent with every webhook delivery of it. */
  event_id: string;
  payment_id: string;
  name: PaymentEventName;
  psp_reference: string;
  currency: string;
  amount: number;
  success: number;
  idempotency_key: string | null;
  created_at: number;
}

declare module '../schema.js' {
  interface Database {
    payments: PaymentRow;
    payment_events: PaymentEventRow;
  }
}
