// Reading the request log onwards from a position, oldest first (`vpp logs --follow`).
import type { Queryable } from './db.js';
import { API_REQUEST_COLUMNS, type ApiRequestRow } from './tables/foundation.js';

export interface RequestLogAfterFilter {
  /** Rows after this sequence number; omitted: the latest `limit` rows. */
  after?: number;
  msn?: string;
  api?: string;
  status?: { from: number; to: number };
  limit: number;
}

export async function listRequestLogAfter(db: Queryable, f: RequestLogAfterFilter): Promise<(ApiRequestRow & { seq: number })[]> {
  let q = db.selectFrom('api_requests').select([...API_REQUEST_COLUMNS, 'seq']);
  if (f.msn) q = q.where('msn', '=', f.msn);
  if (f.api) q = q.where('api', '=', f.api);
  if (f.status) q = q.where('status', '>=', f.status.from).where('status', '<=', f.status.to);
  if (f.after !== undefined) return (await q.where('seq', '>', f.after).orderBy('seq').limit(f.limit).execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
  const latest = await q.orderBy('seq', 'desc').limit(f.limit).execute();
  return latest.reverse().map((r) => ({ ...r, seq: Number(r.seq) }));
}
