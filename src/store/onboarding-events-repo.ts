// vpp's own stream of onboarding progress (the simulation API's GET /_sim/events), read from
// the back office's case history: each entry has a sequence number to read on from.
import type { Queryable } from './db.js';

export interface OnboardingEventRow {
  seq: number;
  at: number;
  kind: string;
  text: string | null;
  visible: number;
  caseId: string;
  caseKind: string;
  orgno: string;
  caseState: string;
  productOrderId: string | null;
  msn: string | null;
  productType: string | null;
  partner: string | null;
}

export interface OnboardingEventFilter {
  after: number;
  limit: number;
  orgno?: string;
  productOrderId?: string;
  partner?: string;
}

export async function listOnboardingEvents(db: Queryable, f: OnboardingEventFilter): Promise<OnboardingEventRow[]> {
  let q = db
    .selectFrom('signup_case_events as e')
    .innerJoin('signup_cases as c', 'c.id', 'e.case_id')
    .leftJoin('product_orders as o', (j) => j.onRef('o.id', '=', 'c.subject_id').on('c.kind', '=', 'product-order'))
    .leftJoin('partners as p', 'p.id', 'o.partner_id')
    .select([
      'e.id as seq',
      'e.at',
      'e.kind',
      'e.text',
      'e.visible_to_merchant as visible',
      'c.id as caseId',
      'c.kind as caseKind',
      'c.orgno',
      'c.state as caseState',
      'o.id as productOrderId',
      'o.msn',
      'o.product_type as productType',
      'p.name as partner',
    ])
    .where('e.id', '>', f.after)
    .where('e.visible_to_merchant', '=', 1);
  if (f.orgno) q = q.where('c.orgno', '=', f.orgno);
  if (f.productOrderId) q = q.where('o.id', '=', f.productOrderId);
  if (f.partner) q = q.where('p.name', '=', f.partner);
  return (await q.orderBy('e.id').limit(f.limit).execute()).map((r) => ({ ...r, seq: Number(r.seq), at: Number(r.at) })) as OnboardingEventRow[];
}
