// The request log, newest first, for the inspector.
import type { Queryable } from '../../store/db.js';
import { listRequestLog, type RequestLogFilter } from '../../store/request-log-query-repo.js';
import type { ApiRequestRow } from '../../store/tables/foundation.js';

export type LoggedRequest = ApiRequestRow;

export function listRecentRequests(o: { db: Queryable; filter: RequestLogFilter }): Promise<LoggedRequest[]> {
  return listRequestLog(o.db, o.filter);
}
