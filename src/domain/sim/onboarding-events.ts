// vpp's onboarding progress events: vpp's own names (vpp.*), so nobody mistakes them for a
// webhook of the real platform, which has none for onboarding.

/** The case history's kinds, as event names. */
const NAMES: Record<string, string> = {
  signed: 'vpp.agreement.signed',
  submitted: 'vpp.order.submitted',
  processing: 'vpp.case.processing',
  question: 'vpp.case.information-requested',
  answer: 'vpp.case.information-given',
  check: 'vpp.case.checked',
  approved: 'vpp.case.approved',
  declined: 'vpp.case.declined',
};

export const ONBOARDING_EVENT_NAMES = [...new Set(Object.values(NAMES)), 'vpp.case.updated', 'vpp.salesunit.created'];

/** The event name of a case history entry; an approved product order also creates a sales unit. */
export function onboardingEventNames(kind: string, caseKind: string, msn: string | null): string[] {
  const name = NAMES[kind] ?? 'vpp.case.updated';
  return kind === 'approved' && caseKind === 'product-order' && msn ? [name, 'vpp.salesunit.created'] : [name];
}
