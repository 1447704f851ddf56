// Charge attempts that take time (api-guide, "Charge times": processing typically takes
// around an hour). A payer's card may be set to take minutes on the simulated clock: the
// claimed charge is then held PROCESSING until that time has passed, and the next pass of
// the due-charge timer settles it. Without a processing time an attempt settles at once.
import type { AttemptSettlement } from './charge-rules.js';

/** What a claimed attempt does in this pass. */
export type AttemptStep = { kind: 'hold'; until: number } | { kind: 'charge' } | { kind: 'cancel' };

export function attemptStep(o: {
  /** The charge was held PROCESSING and its processing time has passed. */
  processingEnds: boolean;
  cancelRequested: boolean;
  /** The payer's card's processing time; 0 settles at once. */
  processingMinutes: number;
  now: number;
}): AttemptStep {
  if (o.processingEnds) return o.cancelRequested ? { kind: 'cancel' } : { kind: 'charge' };
  if (o.processingMinutes > 0) return { kind: 'hold', until: o.now + o.processingMinutes * 60_000 };
  return { kind: 'charge' };
}

/** A held attempt whose cancel was asked for ends without moving money. */
export const CANCELLED_ATTEMPT = { status: 'CANCELLED', event: 'CANCEL', nextAttemptAt: null, failureReason: null, failureDescription: null } as const satisfies AttemptSettlement;
