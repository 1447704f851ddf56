// API quality of a sales unit, per endpoint, from its request log: how many requests, the
// share that succeeded (2xx), and how many ended in each status code.

export interface RequestCount { method: string; route: string; status: number; count: number }

export interface EndpointQuality {
  endpoint: string;
  'total Requests': number;
  successRate: number;
  [status: `status${number}`]: number;
}

/** The status codes the spec always lists, even when none occurred. */
export const LISTED_STATUSES = [200, 400, 401, 403, 404, 429, 500] as const;

/** `/management/v1/sales-units/:msn` → `/management/v1/sales-units/{msn}` */
export const routeTemplate = (route: string) => route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

export function summarizeApiQuality(counts: RequestCount[]): EndpointQuality[] {
  const byEndpoint = new Map<string, Map<number, number>>();
  for (const c of counts) {
    const endpoint = `${c.method}:${routeTemplate(c.route)}`;
    const statuses = byEndpoint.get(endpoint) ?? new Map<number, number>();
    statuses.set(c.status, (statuses.get(c.status) ?? 0) + c.count);
    byEndpoint.set(endpoint, statuses);
  }
  return [...byEndpoint.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([endpoint, statuses]) => {
      let total = 0;
      let ok = 0;
      for (const [status, n] of statuses) {
        total += n;
        if (status >= 200 && status < 300) ok += n;
      }
      const item: EndpointQuality = { endpoint, 'total Requests': total, successRate: total ? Math.round((ok * 10000) / total) / 100 : 0 };
      for (const s of LISTED_STATUSES) item[`status${s}`] = statuses.get(s) ?? 0;
      for (const [s, n] of [...statuses].sort(([a], [b]) => a - b)) item[`status${s}`] = n;
      return item;
    });
}
