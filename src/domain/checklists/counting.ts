// What a recorded request adds to a checklist's aggregates: counters and noted references.
import type { Checklist, TrafficFact } from './types.js';

export interface Tally {
  counters: string[];
  references: { item: string; reference: string; msn: string }[];
}

const MODIFYING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const endpointKey = (method: string, route: string) => `${method} ${route}`;

export function countFact(checklist: Checklist, f: TrafficFact): Tally | null {
  if (!checklist.owns(f)) return null;
  if (checklist.navigation?.(f)) return f.status < 400 ? { counters: [`ok:${endpointKey(f.method, f.route)}`], references: [] } : null;
  const counters = ['calls'];
  if (f.systemHeaders) counters.push('calls_with_system_headers');
  if (MODIFYING.has(f.method)) {
    counters.push('modifying');
    if (f.idempotencyKey) counters.push('modifying_with_idempotency_key');
  }
  if (f.status >= 200 && f.status < 300) counters.push(`ok:${endpointKey(f.method, f.route)}`);
  else if (f.status >= 400) counters.push(`error:${f.status} ${endpointKey(f.method, f.route)}`);
  const references = f.reference && f.msn ? checklist.notes(f).map((item) => ({ item, reference: f.reference!, msn: f.msn! })) : [];
  return { counters, references };
}

export interface CounterAddition {
  partner_id: string;
  api: string;
  counter: string;
  n: number;
  last_at: number;
}

export interface ReferenceNote {
  partner_id: string;
  api: string;
  item: string;
  reference: string;
  msn: string;
  first_at: number;
  last_at: number;
}

/** A batch of a partner's requests as additions to every checklist's aggregates. */
export function tallyBatch(checklists: readonly Checklist[], facts: (TrafficFact & { partnerId: string })[]): { counters: CounterAddition[]; references: ReferenceNote[] } {
  const counters = new Map<string, CounterAddition>();
  const references = new Map<string, ReferenceNote>();
  for (const f of facts) {
    for (const c of checklists) {
      const t = countFact(c, f);
      if (!t) continue;
      for (const counter of t.counters) {
        const key = `${f.partnerId}\n${c.api}\n${counter}`;
        const row = counters.get(key);
        if (row) {
          row.n += 1;
          row.last_at = Math.max(row.last_at, f.at);
        } else counters.set(key, { partner_id: f.partnerId, api: c.api, counter, n: 1, last_at: f.at });
      }
      for (const r of t.references) {
        const key = `${f.partnerId}\n${c.api}\n${r.item}\n${r.msn}\n${r.reference}`;
        const row = references.get(key);
        if (row) {
          row.first_at = Math.min(row.first_at, f.at);
          row.last_at = Math.max(row.last_at, f.at);
        } else references.set(key, { partner_id: f.partnerId, api: c.api, ...r, first_at: f.at, last_at: f.at });
      }
    }
  }
  return { counters: [...counters.values()], references: [...references.values()] };
}
