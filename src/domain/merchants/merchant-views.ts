// A merchant and a sales unit as the Management API reads them.
export interface MerchantView {
  id: string;
  orgno: string;
  name: string;
  status: string;
  created_at: number;
  updated_at: number;
  business_address: string | null;
  postal_address: string | null;
}

/** A sales unit with the facts that decide access, and its merchant's org number. */
export interface UnitView {
  msn: string;
  name: string;
  status: string;
  merchant_id: string;
  merchant_status: string;
  orgno: string;
  partner_id: string | null;
  capture_type: string;
  skip_landing_page: number;
  recurring_allowed: number;
  payment_allowed: number;
  long_living_allowed: number;
}
