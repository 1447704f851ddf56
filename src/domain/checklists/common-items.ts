// Items every API's checklist has in some form, judged the same way from the counters.
import { endpointKey } from './counting.js';
import type { ChecklistItem, Evidence, Verdict } from './types.js';

const n = (e: Evidence, key: string) => e.counters[key]?.n ?? 0;
const pct = (part: number, whole: number) => `${Math.floor((part / whole) * 1000) / 10}%`;

/** "Integrate all the endpoints": each one answered 2xx at least once. */
export function endpointsItem(endpoints: { method: string; route: string; name: string }[]): ChecklistItem {
  return {
    key: 'endpoints',
    title: 'Integrates every endpoint',
    how: `Each of ${endpoints.length} endpoints answered with 2xx at least once (a page the browser is sent to: 2xx or 3xx).`,
    judge: (e) => {
      const missing = endpoints.filter((p) => !n(e, `ok:${endpointKey(p.method, p.route)}`));
      if (!missing.length) return { state: 'met', evidence: `All ${endpoints.length} endpoints used successfully.` };
      return { state: 'not_yet', evidence: `Not yet used successfully: ${missing.map((p) => `${p.name} (${p.method} ${p.route})`).join(', ')}.` };
    },
  };
}

/** "Send the Vipps-System-* headers on every call." */
export const systemHeadersItem: ChecklistItem = {
  key: 'system-headers',
  title: 'Sends the Vipps-System-* HTTP headers on every call',
  how: 'The share of calls that carried Vipps-System-Name (and its companions); every call must.',
  judge: (e) => {
    const calls = n(e, 'calls');
    const with_ = n(e, 'calls_with_system_headers');
    if (!calls) return { state: 'not_yet', evidence: 'No calls recorded yet.' };
    const evidence = `${with_} of ${calls} calls (${pct(with_, calls)}) sent the Vipps-System-* headers.`;
    return { state: with_ === calls ? 'met' : 'not_yet', evidence };
  },
};

/** "Use Idempotency-Key on modifying calls." */
export const idempotencyItem: ChecklistItem = {
  key: 'idempotency-key',
  title: 'Sends an Idempotency-Key on every modifying call',
  how: 'The share of POST, PUT, PATCH and DELETE calls with an Idempotency-Key header; every one must.',
  judge: (e) => {
    const calls = n(e, 'modifying');
    const with_ = n(e, 'modifying_with_idempotency_key');
    if (!calls) return { state: 'not_yet', evidence: 'No modifying calls recorded yet.' };
    return { state: with_ === calls ? 'met' : 'not_yet', evidence: `${with_} of ${calls} modifying calls (${pct(with_, calls)}) sent an Idempotency-Key.` };
  },
};

/** An error is kept repeating when it came at least this often and no success on its endpoint followed its last occurrence. */
export const REPEATED_ERROR_COUNT = 3;

/** "Handle errors": no error response the integration keeps repeating (the API-quality data). */
export const repeatedErrorsItem: ChecklistItem = {
  key: 'repeated-errors',
  title: 'Does not keep repeating failing calls',
  how: `An error (status and endpoint) seen ${REPEATED_ERROR_COUNT} times or more with no successful call to the same endpoint after its last occurrence counts as repeated.`,
  judge: (e) => repeatedErrors(e),
};

function repeatedErrors(e: Evidence): Verdict {
  if (!n(e, 'calls')) return { state: 'not_yet', evidence: 'No calls recorded yet.' };
  const repeated: string[] = [];
  let errors = 0;
  for (const [key, v] of Object.entries(e.counters)) {
    if (!key.startsWith('error:')) continue;
    errors += v.n;
    const [status, ...endpoint] = key.slice('error:'.length).split(' ');
    const lastOk = e.counters[`ok:${endpoint.join(' ')}`]?.lastAt ?? -1;
    if (v.n >= REPEATED_ERROR_COUNT && lastOk < v.lastAt) repeated.push(`${status} from ${endpoint.join(' ')} (${v.n} times)`);
  }
  if (repeated.length) return { state: 'not_yet', evidence: `Still repeating: ${repeated.join('; ')}.` };
  return { state: 'met', evidence: errors ? `${errors} error responses in all, none kept repeating.` : 'No error responses.' };
}

/** An item the partner shows with a link or upload: met once something is attached. */
export function attachedItem(key: string, title: string, what: string): ChecklistItem {
  return {
    key,
    title,
    how: `Cannot be seen in API traffic: link or upload ${what}.`,
  };
}
