// Row type of the Recurring lists' Continuation-Tokens (migration 025).
export interface RecurringContinuationTokenRow {
  token: string;
  msn: string;
  list: string;
  after_created_at: number;
  after_id: string;
  expires_at: number;
}

declare module '../schema.js' {
  interface Database {
    recurring_continuation_tokens: RecurringContinuationTokenRow;
  }
}
