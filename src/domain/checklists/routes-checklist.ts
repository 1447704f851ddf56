// A checklist judged by the routes an API's calls hit (eCom, Recurring, Login): the common
// items, plus any an API judges from the references its calls noted.
import { attachedItem, endpointsItem, idempotencyItem, repeatedErrorsItem, systemHeadersItem } from './common-items.js';
import { endpointKey } from './counting.js';
import type { Checklist, ChecklistItem, TrafficFact } from './types.js';

export function routesChecklist(o: {
  api: string;
  title: string;
  prefixes: string[];
  endpoints: { method: string; route: string; name: string }[];
  /** Routes the user's browser requests ("METHOD /route"), see Checklist.navigation. */
  navigations?: string[];
  idempotency: boolean;
  /** The references a call notes, and every item it may note (see Checklist.notes). */
  notes?: { of: (f: TrafficFact) => string[]; items: readonly string[]; references: 'payments' | 'agreements' };
  /** Items judged from those references, after the common ones. */
  judged?: ChecklistItem[];
  extra: ChecklistItem[];
}): Checklist {
  const navigations = new Set(o.navigations ?? []);
  return {
    api: o.api,
    title: o.title,
    owns: (f) => o.prefixes.some((p) => f.route.startsWith(p)),
    ...(o.navigations ? { navigation: (f: TrafficFact) => navigations.has(endpointKey(f.method, f.route)) } : {}),
    notes: o.notes?.of ?? (() => []),
    noteItems: o.notes?.items ?? [],
    paymentReferences: o.notes?.references === 'payments',
    agreementReferences: o.notes?.references === 'agreements',
    items: [endpointsItem(o.endpoints), systemHeadersItem, ...(o.idempotency ? [idempotencyItem] : []), ...(o.judged ?? []), repeatedErrorsItem, ...o.extra],
  };
}

export { attachedItem };
