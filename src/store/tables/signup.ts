// Row types of the back office's cases (migration 008_signup_cases).
import type { Generated } from 'kysely';

import type { CaseKind, CaseState } from '../../domain/backoffice/case-state.js';

export type { CaseKind, CaseState };

export interface SignupCaseRow {
  id: string;
  kind: CaseKind;
  /** The merchant agreement's or the product order's id. */
  subject_id: string;
  orgno: string;
  state: CaseState;
  /** When the merchant signed or submitted: the queue is oldest first by this. */
  submitted_at: number;
  /** When the case last entered the queue (automatic processing counts from here). */
  queued_at: number;
  /** The operator ticked "organisation number visible on the website". */
  org_number_visible: number;
  questions_asked: number;
  /** Why it was declined: for the back office only, never told to anyone. */
  internal_reason: string | null;
  decided_by: string | null;
  decided_at: number | null;
  updated_at: number;
}

export interface SignupCaseEventRow {
  id: Generated<number>;
  case_id: string;
  at: number;
  /** Who, for people: "Kari Nordmann", "Berit Saksbehandler (back office)", "Automatic processing". */
  actor: string;
  /** signed | submitted | processing | question | answer | check | approved | declined */
  kind: string;
  text: string | null;
  /** 0 for what only the back office may read (the internal reason of a decline). */
  visible_to_merchant: number;
}

declare module '../schema.js' {
  interface Database {
    signup_cases: SignupCaseRow;
    signup_case_events: SignupCaseEventRow;
  }
}
