// A checklist judged by the routes an API's calls hit: for APIs whose own references vpp
// does not look up (eCom, Recurring, Login).
import { attachedItem, endpointsItem, idempotencyItem, repeatedErrorsItem, systemHeadersItem } from './common-items.js';
import type { Checklist, ChecklistItem } from './types.js';

export function routesChecklist(o: {
  api: string;
  title: string;
  prefixes: string[];
  endpoints: { method: string; route: string; name: string }[];
  idempotency: boolean;
  extra: ChecklistItem[];
}): Checklist {
  return {
    api: o.api,
    title: o.title,
    owns: (f) => o.prefixes.some((p) => f.route.startsWith(p)),
    notes: () => [],
    noteItems: [],
    items: [endpointsItem(o.endpoints), systemHeadersItem, ...(o.idempotency ? [idempotencyItem] : []), repeatedErrorsItem, ...o.extra],
  };
}

export { attachedItem };
