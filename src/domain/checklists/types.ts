// The shape of an API's integration checklist: which recorded requests it counts, and the
// items it judges from those aggregates (or leaves to the partner to link evidence for).

export type ItemState = 'met' | 'not_yet' | 'not_applicable';

/** What the checklists need of one recorded API request. */
export interface TrafficFact {
  api: string;
  method: string;
  /** The route pattern, like /epayment/v1/payments/:reference/capture. */
  route: string;
  status: number;
  at: number;
  msn: string | null;
  /** The payment, order or agreement the request named (path or create body), if any. */
  reference: string | null;
  systemHeaders: boolean;
  idempotencyKey: boolean;
}

export interface CounterValue {
  n: number;
  lastAt: number;
}

export interface PaymentFacts {
  state: string;
  authorized: number;
  captured: number;
  refunded: number;
  cancelled: number;
  authorizedAt: number | null;
}

export interface AgreementFacts {
  status: string;
  /** When the payer accepted it (it became ACTIVE). */
  startAt: number | null;
  /** The statuses of its RECURRING charges (not the initial charge). */
  recurringCharges: string[];
}

export interface SeenReference {
  reference: string;
  msn: string;
  firstAt: number;
  lastAt: number;
  /** The payment as it is now (ePayment and eCom references). */
  payment?: PaymentFacts;
  /** The agreement as it is now (Recurring references). */
  agreement?: AgreementFacts;
}

/** Everything a checklist's items are judged from, read from the aggregates. */
export interface Evidence {
  counters: Record<string, CounterValue>;
  /** The most recent references a rule noted, by the rule's item name. */
  references: Record<string, SeenReference[]>;
  webhookDeliveries: { delivered: number; failed: number; pending: number };
  attachments: Record<string, { link: string; note: string | null }>;
}

export interface Verdict {
  state: ItemState;
  /** What vpp saw, in words. */
  evidence: string;
  references?: string[];
}

export interface ChecklistItem {
  key: string;
  title: string;
  /** How vpp judges it, for the partner and the documentation. */
  how: string;
  /** Judged from traffic; without it the partner links or uploads the evidence. */
  judge?: (e: Evidence) => Verdict;
}

export interface Checklist {
  /** The API's id in URLs and the aggregates (epayment, ecom, recurring, login). */
  api: string;
  title: string;
  /** Whether a recorded request belongs to this checklist. */
  owns(fact: TrafficFact): boolean;
  /**
   * Whether a request is one the user's browser makes, sent there by the integration (Login's
   * authorize URL): it shows its endpoint in use when answered below 400 (a redirect is its
   * success), and is not one of the integration's own calls, which carry headers it chooses.
   */
  navigation?(fact: TrafficFact): boolean;
  /** The reference items a request notes (for example 'created', 'polled'). */
  notes(fact: TrafficFact): string[];
  /** Every item `notes` may return. */
  noteItems: readonly string[];
  /** Whether references are payments in the ePayment table (their state is read). */
  paymentReferences?: boolean;
  /** Whether references are Recurring agreements (their state and charges are read). */
  agreementReferences?: boolean;
  items: ChecklistItem[];
}
