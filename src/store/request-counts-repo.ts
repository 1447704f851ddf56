// Counts of API requests per sales unit, day, endpoint and status, kept up as the request
// log is written: API quality reads these few rows, however much traffic there was.
import { sql } from 'kysely';
import type { Queryable } from './db.js';
import type { ApiRequestRow } from './tables/foundation.js';
import './tables/request-counts.js';

const DAY_MS = 86_400_000;

/** Adds a batch of logged requests to the counts: one upsert per distinct key. */
export async function addRequestCounts(db: Queryable, rows: Pick<ApiRequestRow, 'msn' | 'at' | 'method' | 'route' | 'status'>[]): Promise<void> {
  const counts = new Map<string, { msn: string; day: number; method: string; route: string; status: number; count: number }>();
  for (const r of rows) {
    if (r.msn === null) continue;
    const day = Math.floor(r.at / DAY_MS);
    const key = `${r.msn}\u0000${day}\u0000${r.method}\u0000${r.route}\u0000${r.status}`;
    const c = counts.get(key);
    if (c) c.count++;
    else counts.set(key, { msn: r.msn, day, method: r.method, route: r.route, status: r.status, count: 1 });
  }
  if (!counts.size) return;
  await db
    .insertInto('api_request_counts')
    .values([...counts.values()])
    .onConflict((oc) => oc.columns(['msn', 'day', 'method', 'route', 'status']).doUpdateSet({ count: sql`api_request_counts.count + excluded.count` }))
    .execute();
}

/** How many requests for a sales unit ended in each status, per method and route. */
export async function countUnitRequests(db: Queryable, msn: string): Promise<{ method: string; route: string; status: number; count: number }[]> {
  const rows = await db
    .selectFrom('api_request_counts')
    .select(['method', 'route', 'status', (eb) => eb.fn.sum<number | string>('count').as('count')])
    .where('msn', '=', msn)
    .groupBy(['method', 'route', 'status'])
    .execute();
  return rows.map((r) => ({ method: r.method, route: r.route, status: Number(r.status), count: Number(r.count) }));
}
