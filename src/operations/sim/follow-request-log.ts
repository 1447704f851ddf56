// The request log from a position onwards, for `vpp logs --follow`: the requests' lines as
// they are written (the log is written in batches, about every 100 ms).
import type { Db } from '../../store/db.js';
import { listRequestLogAfter, type RequestLogAfterFilter } from '../../store/request-log-follow-repo.js';

export interface FollowRequestLogOptions extends RequestLogAfterFilter {
  db: Db;
}

export async function followRequestLog(o: FollowRequestLogOptions) {
  return listRequestLogAfter(o.db, o);
}
