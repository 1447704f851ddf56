// Recurring items judged from the agreements the integration's calls named, as they are now:
// the go-live states of the Recurring checklist, and polling the agreement after the payer
// accepted it.
import type { AgreementFacts, ChecklistItem, Evidence, SeenReference } from './types.js';

type AgreementReference = SeenReference & { agreement: AgreementFacts };

const agreementRefs = (e: Evidence, ...items: string[]) => {
  const seen = new Map<string, AgreementReference>();
  for (const item of items) for (const r of e.references[item] ?? []) if (r.agreement && !seen.has(`${r.msn}/${r.reference}`)) seen.set(`${r.msn}/${r.reference}`, r as AgreementReference);
  return [...seen.values()];
};

/** Every note a Recurring call makes: an agreement is judged by whichever call named it. */
export const AGREEMENT_NOTES = ['created', 'polled', 'used'] as const;

/** An agreement (or one of its RECURRING charges) that ended a given way. */
export function agreementEndingItem(key: string, title: string, ends: (a: AgreementFacts) => boolean, how: string): ChecklistItem {
  return {
    key,
    title,
    how,
    judge: (e) => {
      const found = agreementRefs(e, ...AGREEMENT_NOTES).filter((r) => ends(r.agreement));
      if (!found.length) return { state: 'not_yet', evidence: 'No such agreement among the recent ones.' };
      return { state: 'met', evidence: `${found.length} agreement(s), for example ${found[0]!.reference}.`, references: found.slice(0, 5).map((r) => r.reference) };
    },
  };
}

export const pollsAgreementItem: ChecklistItem = {
  key: 'polls-agreement',
  title: 'Polls the agreement (GET) rather than relying on the redirect alone',
  how: 'Every recent agreement the integration created that the payer accepted was read with GET after it became ACTIVE.',
  judge: (e) => {
    const accepted = agreementRefs(e, 'created').filter((r) => r.agreement.startAt != null);
    if (!accepted.length) return { state: 'not_yet', evidence: 'No accepted agreement yet.' };
    const polled = new Map(agreementRefs(e, 'polled').map((r) => [`${r.msn}/${r.reference}`, r.lastAt]));
    const missed = accepted.filter((r) => (polled.get(`${r.msn}/${r.reference}`) ?? -1) < r.agreement.startAt!);
    if (missed.length) return { state: 'not_yet', evidence: `${missed.length} of ${accepted.length} accepted agreements were not read after acceptance, for example ${missed[0]!.reference}.`, references: missed.slice(0, 5).map((r) => r.reference) };
    return { state: 'met', evidence: `All ${accepted.length} recent accepted agreements were read with GET after acceptance.` };
  },
};
