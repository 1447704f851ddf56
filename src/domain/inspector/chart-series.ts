// Turns logged requests into the inspector's chart series: requests and errors per endpoint
// over time, and per sales unit how its requests ended.

export interface RequestPoint {
  at: number;
  method: string;
  route: string;
  status: number;
}

export interface EndpointSeries {
  /** Bucket start times, epoch ms, oldest first. */
  buckets: number[];
  bucketMs: number;
  /** One line per endpoint: requests in each bucket, and those answered with 4xx or 5xx. */
  endpoints: { endpoint: string; requests: number[]; errors: number[] }[];
}

const STEPS_MS = [1_000, 10_000, 60_000, 5 * 60_000, 15 * 60_000, 3_600_000, 6 * 3_600_000, 86_400_000];

/** At most `maxBuckets` equal buckets over the points' span, the busiest `maxEndpoints` endpoints. */
export function endpointSeries(points: RequestPoint[], maxBuckets = 30, maxEndpoints = 8): EndpointSeries {
  if (!points.length) return { buckets: [], bucketMs: 60_000, endpoints: [] };
  let first = Infinity;
  let last = -Infinity;
  for (const p of points) {
    first = Math.min(first, p.at);
    last = Math.max(last, p.at);
  }
  const bucketMs = STEPS_MS.find((s) => (last - first) / s < maxBuckets) ?? 7 * 86_400_000;
  const start = Math.floor(first / bucketMs) * bucketMs;
  const count = Math.floor((last - start) / bucketMs) + 1;
  const buckets = Array.from({ length: count }, (_, i) => start + i * bucketMs);
  const by = new Map<string, { requests: number[]; errors: number[]; total: number }>();
  for (const p of points) {
    const key = `${p.method} ${p.route}`;
    let s = by.get(key);
    if (!s) by.set(key, (s = { requests: new Array(count).fill(0), errors: new Array(count).fill(0), total: 0 }));
    const i = Math.floor((p.at - start) / bucketMs);
    s.requests[i]++;
    if (p.status >= 400) s.errors[i]++;
    s.total++;
  }
  const endpoints = [...by.entries()]
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, maxEndpoints)
    .map(([endpoint, s]) => ({ endpoint, requests: s.requests, errors: s.errors }));
  return { buckets, bucketMs, endpoints };
}

export interface UnitQuality {
  msn: string;
  ok: number;
  clientErrors: number;
  serverErrors: number;
  /** Share of requests answered 2xx/3xx, in whole percent. */
  successPercent: number;
}

/** Per sales unit: requests by how they ended, busiest units first, at most `max`. */
export function unitQuality(rows: { msn: string; klass: number; count: number }[], max = 20): UnitQuality[] {
  const by = new Map<string, UnitQuality>();
  for (const r of rows) {
    let u = by.get(r.msn);
    if (!u) by.set(r.msn, (u = { msn: r.msn, ok: 0, clientErrors: 0, serverErrors: 0, successPercent: 0 }));
    if (r.klass >= 5) u.serverErrors += r.count;
    else if (r.klass === 4) u.clientErrors += r.count;
    else u.ok += r.count;
  }
  const all = [...by.values()];
  for (const u of all) {
    const total = u.ok + u.clientErrors + u.serverErrors;
    u.successPercent = total ? Math.floor((u.ok * 100) / total) : 0;
  }
  return all.sort((a, b) => b.ok + b.clientErrors + b.serverErrors - (a.ok + a.clientErrors + a.serverErrors) || a.msn.localeCompare(b.msn)).slice(0, max);
}
