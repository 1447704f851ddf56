// The request log, newest first, for the inspector; and what its charts draw.
import { endpointSeries, unitQuality, type EndpointSeries, type UnitQuality } from '../../domain/inspector/chart-series.js';
import type { Queryable } from '../../store/db.js';
import { listRequestLog, requestCountsPerUnit, requestLogOwners, requestLogPoints, type RequestLogFilter } from '../../store/request-log-query-repo.js';
import type { ApiRequestRow } from '../../store/tables/foundation.js';

export type LoggedRequest = ApiRequestRow;
export type { RequestLogFilter };

export function listRecentRequests(o: { db: Queryable; filter: RequestLogFilter }): Promise<LoggedRequest[]> {
  return listRequestLog(o.db, o.filter);
}

export interface RequestCharts {
  series: EndpointSeries;
  units: UnitQuality[];
  /** How many of the newest matching requests the time series covers. */
  sampled: number;
  partners: string[];
}

/** Requests and errors per endpoint over the newest `sample` matching requests; API quality per unit. */
export async function loadRequestCharts(o: { db: Queryable; filter: Omit<RequestLogFilter, 'limit'>; sample?: number }): Promise<RequestCharts> {
  const points = await requestLogPoints(o.db, { ...o.filter, limit: o.sample ?? 5000 });
  return { series: endpointSeries(points), units: unitQuality(await requestCountsPerUnit(o.db)), sampled: points.length, partners: await requestLogOwners(o.db) };
}
