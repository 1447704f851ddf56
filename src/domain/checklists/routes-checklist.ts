// A checklist judged by the routes an API's calls hit: for APIs whose own references vpp
// does not look up (eCom, Recurring, Login).
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
  extra: ChecklistItem[];
}): Checklist {
  const navigations = new Set(o.navigations ?? []);
  return {
    api: o.api,
    title: o.title,
    owns: (f) => o.prefixes.some((p) => f.route.startsWith(p)),
    ...(o.navigations ? { navigation: (f: TrafficFact) => navigations.has(endpointKey(f.method, f.route)) } : {}),
    notes: () => [],
    noteItems: [],
    items: [endpointsItem(o.endpoints), systemHeadersItem, ...(o.idempotency ? [idempotencyItem] : []), repeatedErrorsItem, ...o.extra],
  };
}

export { attachedItem };
