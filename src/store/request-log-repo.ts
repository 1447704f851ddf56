import type { Queryable } from './db.js';
import { preparedInsertRows } from './prepared.js';
import { API_REQUEST_COLUMNS, type ApiRequestRow } from './tables/foundation.js';

// Written for nearly every API request: compiled once per batch size, not built each time.
const insertRows = preparedInsertRows<ApiRequestRow>('api_requests', API_REQUEST_COLUMNS);

export async function insertRequestLog(db: Queryable, rows: ApiRequestRow[]): Promise<void> {
  // Many rows per statement, but not so many that one statement holds up the requests
  // waiting behind it; they get their turn between statements.
  for (let i = 0; i < rows.length; i += 100) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    await insertRows(db, rows.slice(i, i + 100));
  }
}

/** How many requests for a sales unit ended in each status, per method and route. */
export async function countUnitRequests(db: Queryable, msn: string): Promise<{ method: string; route: string; status: number; count: number }[]> {
  const rows = await db
    .selectFrom('api_requests')
    .select(['method', 'route', 'status', (eb) => eb.fn.countAll<number | string>().as('count')])
    .where('msn', '=', msn)
    .groupBy(['method', 'route', 'status'])
    .execute();
  return rows.map((r) => ({ method: r.method, route: r.route, status: Number(r.status), count: Number(r.count) }));
}
