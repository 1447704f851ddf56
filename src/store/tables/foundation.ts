// Row types of the foundation tables (migration 001).
import type { Generated } from 'kysely';

export interface SettingRow { key: string; value: string; updated_at: number }
export interface PersonRow { nin: string; first_name: string; last_name: string; phone: string; email: string }
export interface OrganisationRow {
  orgno: string;
  name: string;
  organisation_form: string;
  business_address: string; // JSON Address
  postal_address: string | null; // JSON Address
  industry: string | null;
}
export interface RegistryRoleRow { orgno: string; nin: string; role: string }
export interface PartnerRow {
  id: string;
  name: string;
  type: string;
  level: string;
  contact_name: string;
  contact_email: string;
  created_at: number;
}
export interface PricePackageRow {
  id: string;
  partner_id: string;
  name: string;
  description: string;
  product_type: string;
  visible_in_signup: number;
}
export interface MerchantRow {
  id: string;
  orgno: string;
  name: string;
  status: string;
  contact_email: string | null;
  created_at: number;
  updated_at: number;
}
export interface SalesUnitRow {
  msn: string;
  merchant_id: string;
  name: string;
  status: string;
  partner_id: string | null;
  capture_type: string;
  skip_landing_page: number;
  /** May create long-living payments (ePayment `expiresAt`); 0 unless granted. */
  long_living_allowed: number;
  recurring_allowed: number;
  payment_allowed: number;
  settlement_account: string | null;
  price_package_id: string | null;
  product_type: string | null;
  logo: string | null;
  website_url: string | null;
  created_at: number;
  updated_at: number;
}
export interface KeySetRow {
  id: string;
  kind: string;
  partner_id: string | null;
  merchant_id: string | null;
  msn: string | null;
  client_id: string;
  client_secret_enc: string;
  client_secret_hash: string;
  sub_primary_enc: string;
  sub_primary_hash: string;
  sub_secondary_enc: string;
  sub_secondary_hash: string;
  generation: number;
  created_at: number;
  updated_at: number;
}
export interface OperatorRow { id: string; username: string; name: string; email: string; password_hash: string }
export interface ApiRequestRow {
  /** The request id (X-Request-Id); a caller may send the same one twice. */
  id: string;
  at: number;
  api: string;
  method: string;
  route: string;
  path: string;
  status: number;
  latency_ms: number;
  msn: string | null;
  key_set_id: string | null;
  key_kind: string | null;
  owner: string | null;
  system_name: string | null;
  system_version: string | null;
  plugin_name: string | null;
  plugin_version: string | null;
  /** The fault a rule injected into this request (its X-Vpp-Fault), if any. */
  fault?: string | null;
}
/** The columns of a request-log row, as written and read (the table's `seq` key aside). */
export const API_REQUEST_COLUMNS = [
  'id',
  'at',
  'api',
  'method',
  'route',
  'path',
  'status',
  'latency_ms',
  'msn',
  'key_set_id',
  'key_kind',
  'owner',
  'system_name',
  'system_version',
  'plugin_name',
  'plugin_version',
  'fault',
] as const satisfies readonly (keyof ApiRequestRow)[];
export interface OutboxRow {
  id: Generated<number>;
  topic: string;
  ordering_key: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: number;
  locked_by: string | null;
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  done_at: number | null;
  /** Who receives the message (a webhook URL's host and port); null: not capped per receiver. */
  receiver: string | null;
}

declare module '../schema.js' {
  interface Database {
    settings: SettingRow;
    persons: PersonRow;
    registry_organisations: OrganisationRow;
    registry_roles: RegistryRoleRow;
    partners: PartnerRow;
    price_packages: PricePackageRow;
    merchants: MerchantRow;
    sales_units: SalesUnitRow;
    key_sets: KeySetRow;
    operators: OperatorRow;
    api_requests: ApiRequestRow & { seq: Generated<number> };
    outbox: OutboxRow;
  }
}
