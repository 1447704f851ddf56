export interface IdempotencyKeyRow {
  scope: string;
  key: string;
  fingerprint: string;
  status: number;
  body: string | null;
  created_at: number;
}

declare module '../schema.js' {
  interface Database {
    idempotency_keys: IdempotencyKeyRow;
  }
}
