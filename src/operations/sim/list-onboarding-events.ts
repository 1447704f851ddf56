// vpp's onboarding events for a partner's test: what happened to agreements and product
// orders, with the new sales unit's MSN once approved. Internal-only case notes (a decline's
// reason) are left out, as the merchant would not see them either.
import { onboardingEventNames } from '../../domain/sim/onboarding-events.js';
import type { Db } from '../../store/db.js';
import { listOnboardingEvents, type OnboardingEventFilter } from '../../store/onboarding-events-repo.js';

export interface OnboardingEvent {
  seq: number;
  type: string;
  at: string;
  caseId: string;
  orgno: string;
  productOrderId: string | null;
  productType: string | null;
  partner: string | null;
  msn: string | null;
  text: string | null;
}

export interface ListOnboardingEventsOptions extends OnboardingEventFilter {
  db: Db;
}

export async function listOnboardingEventsFor(o: ListOnboardingEventsOptions): Promise<OnboardingEvent[]> {
  const rows = await listOnboardingEvents(o.db, o);
  return rows.filter((r) => r.visible).flatMap((r) =>
    onboardingEventNames(r.kind, r.caseKind, r.msn).map((type) => ({
      seq: r.seq,
      type,
      at: new Date(r.at).toISOString(),
      caseId: r.caseId,
      orgno: r.orgno,
      productOrderId: r.productOrderId,
      productType: r.productType,
      partner: r.partner,
      msn: type === 'vpp.salesunit.created' || r.kind === 'approved' ? r.msn : null,
      text: r.text,
    })),
  );
}
