// Row types of the Webhooks tables (migration 005).
import type { Generated } from 'kysely';

export interface WebhookRow {
  id: string;
  /** The sales unit it belongs to; null for a partner's webhook covering all its units. */
  msn: string | null;
  partner_id: string | null;
  url: string;
  events: string; // JSON array of event types
  secret_enc: string;
  created_by: string; // key set id
  created_at: number;
  deleted_at: number | null;
}

export interface WebhookDeliveryRow {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  msn: string;
  reference: string;
  payment_id: string | null;
  url: string;
  body: string;
  /** pending | delivered | failed (given up) | dropped (webhook deleted first) */
  status: string;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
  /** The fault a rule injected into this delivery (dropped, delayed, a duplicate), if any. */
  fault?: string | null;
}

export interface WebhookAttemptRow {
  id: Generated<number>;
  delivery_id: string;
  at: number;
  duration_ms: number;
  status_code: number | null;
  response_excerpt: string | null;
  error: string | null;
  node: string;
}

/** Deliveries per sales unit and status (kept by webhook-deliveries-repo). */
export interface WebhookDeliveryCountRow {
  msn: string;
  status: string;
  n: number;
}

declare module '../schema.js' {
  interface Database {
    webhook_delivery_counts: WebhookDeliveryCountRow;
    webhooks: WebhookRow;
    webhook_deliveries: WebhookDeliveryRow;
    webhook_attempts: WebhookAttemptRow;
  }
}
