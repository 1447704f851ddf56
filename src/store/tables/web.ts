import type { Generated } from 'kysely';

export interface WebSessionRow {
  /** SHA-256 of the cookie value: the database never holds a usable session id. */
  id_hash: string;
  kind: string;
  subject: string;
  csrf: string;
  created_at: number;
  expires_at: number;
}

export interface EmailRow {
  id: Generated<number>;
  to_address: string;
  subject: string;
  body: string;
  created_at: number;
  /** `not-configured` (no SMTP_URL), `pending`, `sent`, `failed`. */
  smtp_status: string;
}

declare module '../schema.js' {
  interface Database {
    web_sessions: WebSessionRow;
    emails: EmailRow;
  }
}
