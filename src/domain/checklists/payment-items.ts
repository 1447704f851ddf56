// Items judged from the payments a checklist's calls named (ePayment references, eCom
// orderIds: both are rows of the shared payments), as they are now.
import type { ChecklistItem, Evidence, PaymentFacts, SeenReference } from './types.js';

export type PaymentReference = SeenReference & { payment: PaymentFacts };

export const paymentRefs = (e: Evidence, item: string) => (e.references[item] ?? []).filter((r): r is PaymentReference => !!r.payment);

export const endsCaptured = (p: PaymentFacts) => p.captured > 0 && p.refunded === 0;
export const endsRefunded = (p: PaymentFacts) => p.refunded > 0;
export const endsCancelled = (p: PaymentFacts) => p.captured === 0 && (p.cancelled > 0 || p.state === 'TERMINATED');
export const endsAbortedOrExpired = (p: PaymentFacts) => p.state === 'ABORTED' || p.state === 'EXPIRED';

/** A payment that ended a given way, found among the references a call noted. */
export function endingItem(key: string, title: string, item: string, ends: (p: PaymentFacts) => boolean, how: string): ChecklistItem {
  return {
    key,
    title,
    how,
    judge: (e) => {
      const found = paymentRefs(e, item).filter((r) => ends(r.payment));
      if (!found.length) return { state: 'not_yet', evidence: 'No such payment among the recent ones.' };
      return { state: 'met', evidence: `${found.length} payment(s), for example ${found[0]!.reference}.`, references: found.slice(0, 5).map((r) => r.reference) };
    },
  };
}

/** Every authorized payment among those created was read (noted as `polled`) after its authorization. */
export function pollsItem(o: { key: string; title: string; how: string; created: string; polled: string; readWith: string }): ChecklistItem {
  return {
    key: o.key,
    title: o.title,
    how: o.how,
    judge: (e) => {
      const authorized = paymentRefs(e, o.created).filter((r) => r.payment.authorizedAt != null);
      if (!authorized.length) return { state: 'not_yet', evidence: 'No authorized payment yet.' };
      const polled = new Map(paymentRefs(e, o.polled).map((r) => [`${r.msn}/${r.reference}`, r.lastAt]));
      const missed = authorized.filter((r) => (polled.get(`${r.msn}/${r.reference}`) ?? -1) < r.payment.authorizedAt!);
      if (missed.length) return { state: 'not_yet', evidence: `${missed.length} of ${authorized.length} authorized payments were not read after authorization, for example ${missed[0]!.reference}.`, references: missed.slice(0, 5).map((r) => r.reference) };
      return { state: 'met', evidence: `All ${authorized.length} recent authorized payments were read with ${o.readWith} after authorization.` };
    },
  };
}
