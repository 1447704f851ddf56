// Prometheus metrics of this node: requests and latency by route, method and status.
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series { count: number; sum: number; buckets: number[] }

const esc = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export class Metrics {
  readonly #requests = new Map<string, number>();
  readonly #latency = new Map<string, Series>();
  /** Label strings by method, route and status, built once each (called on every request). */
  readonly #labels = new Map<string, { key: string; lkey: string }>();

  observe(method: string, route: string, status: number, seconds: number): void {
    const id = `${method} ${status} ${route}`;
    let labels = this.#labels.get(id);
    if (!labels) {
      const lkey = `method="${esc(method)}",route="${esc(route)}"`;
      labels = { key: `${lkey},status="${status}"`, lkey };
      this.#labels.set(id, labels);
    }
    const { key, lkey } = labels;
    this.#requests.set(key, (this.#requests.get(key) ?? 0) + 1);
    let s = this.#latency.get(lkey);
    if (!s) this.#latency.set(lkey, (s = { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }));
    s.count++;
    s.sum += seconds;
    for (let i = 0; i < BUCKETS.length; i++) if (seconds <= BUCKETS[i]!) s.buckets[i]!++;
  }

  render(): string {
    const lines = [
      '# HELP vpp_http_requests_total HTTP requests served, by route template, method and status.',
      '# TYPE vpp_http_requests_total counter',
    ];
    for (const [labels, n] of this.#requests) lines.push(`vpp_http_requests_total{${labels}} ${n}`);
    lines.push('# HELP vpp_http_request_duration_seconds Time to serve a request, by route template and method.');
    lines.push('# TYPE vpp_http_request_duration_seconds histogram');
    for (const [labels, s] of this.#latency) {
      BUCKETS.forEach((b, i) => lines.push(`vpp_http_request_duration_seconds_bucket{${labels},le="${b}"} ${s.buckets[i]}`));
      lines.push(`vpp_http_request_duration_seconds_bucket{${labels},le="+Inf"} ${s.count}`);
      lines.push(`vpp_http_request_duration_seconds_sum{${labels}} ${s.sum}`);
      lines.push(`vpp_http_request_duration_seconds_count{${labels}} ${s.count}`);
    }
    return lines.join('\n') + '\n';
  }
}
