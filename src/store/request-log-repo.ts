import type { Queryable } from './db.js';
import type { ApiRequestRow } from './tables/foundation.js';

export async function insertRequestLog(db: Queryable, rows: ApiRequestRow[]): Promise<void> {
  // Many rows per statement, and few enough bound parameters for SQLite's limit.
  for (let i = 0; i < rows.length; i += 500) {
    await db.insertInto('api_requests').values(rows.slice(i, i + 500)).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}
