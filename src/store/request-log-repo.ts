import type { Queryable } from './db.js';
import { preparedInsertRows } from './sqlite/prepared.js';
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

/**
 * Deletes the oldest rows logged before `before`, at most `limit` at a time; returns how
 * many went. Rows are appended in the order they were answered, so the old ones are the
 * lowest sequence numbers: found from the start of the key, without an index on time.
 */
export async function pruneRequestLog(db: Queryable, before: number, limit: number): Promise<number> {
  const oldest = await db.selectFrom('api_requests').select(['seq', 'at']).orderBy('seq').limit(limit).execute();
  let last: number | undefined;
  for (const r of oldest) {
    if (Number(r.at) >= before) break;
    last = Number(r.seq);
  }
  if (last === undefined) return 0;
  const res = await db.deleteFrom('api_requests').where('seq', '<=', last).executeTakeFirst();
  return Number(res.numDeletedRows);
}
