// A checklist's verdicts from its evidence: judged items from the aggregates, the others
// from what the partner attached.
import type { Checklist, Evidence, ItemState } from './types.js';

export interface ItemVerdict {
  key: string;
  title: string;
  how: string;
  judgedFrom: 'traffic' | 'attachment';
  state: ItemState;
  evidence: string;
  references: string[];
  link: string | null;
}

export interface ChecklistVerdict {
  api: string;
  title: string;
  /** True when every item is met (or not applicable). */
  allMet: boolean;
  /** Whether the partner made any call to this API at all. */
  used: boolean;
  items: ItemVerdict[];
}

export function judgeChecklist(c: Checklist, e: Evidence): ChecklistVerdict {
  const items = c.items.map((item): ItemVerdict => {
    const attached = e.attachments[item.key];
    if (!item.judge) {
      return { key: item.key, title: item.title, how: item.how, judgedFrom: 'attachment', state: attached ? 'met' : 'not_yet', evidence: attached ? attached.note ?? 'Linked.' : 'Nothing attached yet.', references: [], link: attached?.link ?? null };
    }
    const v = item.judge(e);
    return { key: item.key, title: item.title, how: item.how, judgedFrom: 'traffic', state: v.state, evidence: v.evidence, references: v.references ?? [], link: null };
  });
  return { api: c.api, title: c.title, allMet: items.every((i) => i.state !== 'not_yet'), used: (e.counters.calls?.n ?? 0) > 0, items };
}
