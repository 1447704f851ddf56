// The request log's details (headers and bodies) for the inspector: written with the log,
// read one request at a time, kept to the newest rows.
import type { Queryable } from './db.js';
import { preparedInsertRows } from './sqlite/prepared.js';
import { API_REQUEST_DETAIL_COLUMNS, type ApiRequestDetailRow } from './tables/request-details.js';
import './tables/request-details.js';

const insertRows = preparedInsertRows<ApiRequestDetailRow>('api_requests_detail', API_REQUEST_DETAIL_COLUMNS);

export async function insertRequestDetails(db: Queryable, rows: ApiRequestDetailRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) {
    if (i > 0) await new Promise((r) => setImmediate(r));
    await insertRows(db, rows.slice(i, i + 50));
  }
}

/** The newest details logged under this request id (a caller may reuse an id). */
export async function findRequestDetail(db: Queryable, requestId: string): Promise<ApiRequestDetailRow | undefined> {
  // PostgreSQL refuses a NUL byte in text; no request id holds one.
  if (requestId.includes('\u0000')) return undefined;
  return db.selectFrom('api_requests_detail').select(API_REQUEST_DETAIL_COLUMNS).where('request_id', '=', requestId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
}

/** Deletes all but the newest `keep` rows, at most `limit` at a time; returns how many went. */
export async function pruneRequestDetails(db: Queryable, keep: number, limit: number): Promise<number> {
  const newest = await db.selectFrom('api_requests_detail').select('seq').orderBy('seq', 'desc').offset(keep).limit(1).executeTakeFirst();
  if (!newest) return 0;
  const oldest = await db.selectFrom('api_requests_detail').select('seq').where('seq', '<=', newest.seq).orderBy('seq').offset(limit - 1).limit(1).executeTakeFirst();
  const upTo = oldest ? Math.min(Number(oldest.seq), Number(newest.seq)) : Number(newest.seq);
  const res = await db.deleteFrom('api_requests_detail').where('seq', '<=', upTo).executeTakeFirst();
  return Number(res.numDeletedRows);
}
