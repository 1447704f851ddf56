// Reading the API request log (for the inspector).
import type { Queryable } from './db.js';
import { API_REQUEST_COLUMNS, type ApiRequestRow } from './tables/foundation.js';

export interface RequestLogFilter {
  msn?: string;
  /** An exact status (404) or a class (4xx). */
  status?: { from: number; to: number };
  limit: number;
}

export async function listRequestLog(db: Queryable, f: RequestLogFilter): Promise<ApiRequestRow[]> {
  let q = db.selectFrom('api_requests').select(API_REQUEST_COLUMNS);
  if (f.msn) q = q.where('msn', '=', f.msn);
  if (f.status) q = q.where('status', '>=', f.status.from).where('status', '<=', f.status.to);
  // Newest first: rows are appended in the order requests were answered.
  return q.orderBy('seq', 'desc').limit(f.limit).execute();
}
