// Automatic processing for CI: what happens to a queued case once it has waited long enough.
export type AutomaticDecision = 'wait' | 'approve' | 'decline' | 'request-information';

export interface AutomaticRules { afterSeconds: number | null; declineOrgnos: readonly string[]; moreInformationOrgnos: readonly string[] }

export function decideAutomatically(o: { rules: AutomaticRules; orgno: string; queuedAt: number; now: number; questionsAsked: number }): AutomaticDecision {
  const { rules } = o;
  if (rules.afterSeconds === null || o.now - o.queuedAt < rules.afterSeconds * 1000) return 'wait';
  if (rules.declineOrgnos.includes(o.orgno)) return 'decline';
  // One question per case: once the merchant has answered, the case is approved.
  if (rules.moreInformationOrgnos.includes(o.orgno) && o.questionsAsked === 0) return 'request-information';
  return 'approve';
}
