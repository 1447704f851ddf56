// Reading the API request log (for the inspector).
import { sql } from 'kysely';
import type { Queryable } from './db.js';
import { API_REQUEST_COLUMNS, type ApiRequestRow } from './tables/foundation.js';
import './tables/request-counts.js';

export interface RequestLogFilter {
  msn?: string;
  /** The key set's owner: the partner (or merchant) whose keys made the request. */
  owner?: string;
  /** A route as declared (`/epayment/v1/payments/:reference`) or the start of a path. */
  endpoint?: string;
  /** An exact status (404) or a class (4xx). */
  status?: { from: number; to: number };
  /** Platform time, epoch ms, both ends included. */
  from?: number;
  to?: number;
  limit: number;
}

function filtered(db: Queryable, f: Omit<RequestLogFilter, 'limit'>) {
  let q = db.selectFrom('api_requests');
  if (f.msn) q = q.where('msn', '=', f.msn);
  if (f.owner) q = q.where('owner', '=', f.owner);
  if (f.endpoint) {
    const e = f.endpoint;
    q = q.where((eb) => eb.or([eb('route', '=', e), eb('path', 'like', `${e.replace(/[%_\\]/g, '\\$&')}%`)]));
  }
  if (f.status) q = q.where('status', '>=', f.status.from).where('status', '<=', f.status.to);
  if (f.from !== undefined) q = q.where('at', '>=', f.from);
  if (f.to !== undefined) q = q.where('at', '<=', f.to);
  return q;
}

export async function listRequestLog(db: Queryable, f: RequestLogFilter): Promise<ApiRequestRow[]> {
  // Newest first: rows are appended in the order requests were answered.
  return filtered(db, f).select(API_REQUEST_COLUMNS).orderBy('seq', 'desc').limit(f.limit).execute();
}

/** Time, method, route and status of the newest `limit` requests that match: what the charts draw. */
export async function requestLogPoints(db: Queryable, f: RequestLogFilter): Promise<{ at: number; method: string; route: string; status: number }[]> {
  const rows = await filtered(db, f).select(['at', 'method', 'route', 'status']).orderBy('seq', 'desc').limit(f.limit).execute();
  return rows.map((r) => ({ at: Number(r.at), method: r.method, route: r.route, status: Number(r.status) }));
}

/** The partners and merchants whose keys appear in the log, for the filter's choices. */
export async function requestLogOwners(db: Queryable): Promise<string[]> {
  const rows = await db.selectFrom('key_sets as k').innerJoin('partners as p', 'p.id', 'k.partner_id').select('p.name').distinct().orderBy('p.name').execute();
  return rows.map((r) => r.name);
}

/** Requests per sales unit and status class, from API quality's counts. */
export async function requestCountsPerUnit(db: Queryable): Promise<{ msn: string; klass: number; count: number }[]> {
  const klass = sql<number>`(status / 100)`;
  const rows = await db
    .selectFrom('api_request_counts')
    .select(['msn', klass.as('klass'), (eb) => eb.fn.sum<number | string>('count').as('count')])
    .groupBy(['msn', klass])
    .orderBy('msn')
    .execute();
  return rows.map((r) => ({ msn: r.msn, klass: Math.floor(Number(r.klass)), count: Number(r.count) }));
}
