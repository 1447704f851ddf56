// Row type of the Vipps users table (migration 014).
export interface VippsUserRow {
  phone: string;
  sub: string;
  first_name: string;
  last_name: string;
  email: string;
  email_verified: number;
  birth_date: string | null;
  nin: string | null;
  address: string | null; // JSON UserAddress
  bank_accounts: string; // JSON BankAccount[]
  card_outcome: string;
  card_balance: number | null;
  behaviour: string;
  /** Minutes a Recurring charge attempt on this card stays PROCESSING (migration 031). */
  charge_processing_minutes: number;
}

declare module '../schema.js' {
  interface Database {
    vipps_users: VippsUserRow;
  }
}
