// The inspector's filters, read from the query string: what is not understood is reported,
// never silently ignored.
import { pageQuery } from '../page.js';

/** The query string the inspector's lists read (each optional text). */
export const FilterQuery = pageQuery('msn', 'partner', 'endpoint', 'status', 'from', 'to');

export interface InspectorFilters {
  msn?: string;
  partner?: string;
  endpoint?: string;
  status?: { from: number; to: number };
  from?: number;
  to?: number;
  statusText: string;
  fromText: string;
  toText: string;
  problems: string[];
}

/** A time as the form's datetime-local field sends it, read as UTC. */
function readTime(text: string, name: string, problems: string[]): number | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?$/.exec(text);
  const ms = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) : NaN;
  if (Number.isNaN(ms)) {
    problems.push(`${name} must be a time like 2026-12-04T13:00 (UTC).`);
    return undefined;
  }
  return ms;
}

export function readFilters(q: Record<string, string | undefined>): InspectorFilters {
  const problems: string[] = [];
  const msn = q.msn?.trim() || undefined;
  if (msn && !/^\d{4,6}$/.test(msn)) problems.push('MSN must be 4 to 6 digits.');
  const statusText = q.status?.trim() ?? '';
  let status: InspectorFilters['status'];
  if (/^[1-5]\d\d$/.test(statusText)) status = { from: Number(statusText), to: Number(statusText) };
  else if (/^[1-5]xx$/i.test(statusText)) status = { from: Number(statusText[0]) * 100, to: Number(statusText[0]) * 100 + 99 };
  else if (statusText) problems.push('Status must be a status code like 404, or a class like 4xx.');
  const partner = q.partner?.trim() || undefined;
  if (partner && partner.length > 200) problems.push('Partner must be at most 200 characters.');
  const endpoint = q.endpoint?.trim() || undefined;
  if (endpoint && !/^\/[\w\-./:{}]{0,300}$/.test(endpoint)) problems.push('Endpoint must be a path like /epayment/v1/payments or a route like /epayment/v1/payments/:reference.');
  const fromText = q.from?.trim() ?? '';
  const toText = q.to?.trim() ?? '';
  const from = readTime(fromText, 'From', problems);
  const to = readTime(toText, 'To', problems);
  if (from !== undefined && to !== undefined && from > to) problems.push('From must not be after To.');
  if (problems.length) return { statusText, fromText, toText, problems };
  return { msn, partner, endpoint, status, from, to, statusText, fromText, toText, problems };
}

/** The filters as a query string, to keep them across the inspector's links. */
export function filterQuery(f: InspectorFilters): string {
  const p = new URLSearchParams();
  if (f.msn) p.set('msn', f.msn);
  if (f.partner) p.set('partner', f.partner);
  if (f.endpoint) p.set('endpoint', f.endpoint);
  if (f.statusText) p.set('status', f.statusText);
  if (f.fromText) p.set('from', f.fromText);
  if (f.toText) p.set('to', f.toText);
  const s = p.toString();
  return s ? `?${s}` : '';
}
