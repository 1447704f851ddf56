// The request log, newest first, for the inspector; and what its charts draw.
import { endpointSeries, unitQuality, type EndpointSeries, type UnitQuality } from '../../domain/inspector/chart-series.js';
import type { Queryable } from '../../store/db.js';
import { listRequestLog, requestCountsPerUnit, requestLogOwners, requestLogPoints, type RequestLogFilter } from '../../store/request-log-query-repo.js';

/** One line of the request log as the inspector lists it. */
export interface LoggedRequest {
  /** The request id (X-Request-Id). */
  id: string;
  at: number;
  method: string;
  path: string;
  status: number;
  latencyMs: number;
  msn: string | null;
  /** The kind of key set that made the request, and whose it is. */
  keyKind: string | null;
  owner: string | null;
  /** The Vipps-System-* and Vipps-System-Plugin-* headers, as sent. */
  systemName: string | null;
  systemVersion: string | null;
  pluginName: string | null;
  pluginVersion: string | null;
  /** The fault a rule injected, if any. */
  fault: string | null;
}

export async function listRecentRequests(o: { db: Queryable; filter: RequestLogFilter }): Promise<LoggedRequest[]> {
  return (await listRequestLog(o.db, o.filter)).map((r) => ({
    id: r.id,
    at: Number(r.at),
    method: r.method,
    path: r.path,
    status: r.status,
    latencyMs: Number(r.latency_ms),
    msn: r.msn,
    keyKind: r.key_kind,
    owner: r.owner,
    systemName: r.system_name,
    systemVersion: r.system_version,
    pluginName: r.plugin_name,
    pluginVersion: r.plugin_version,
    fault: r.fault ?? null,
  }));
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
