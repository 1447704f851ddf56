// Counts a call against the documented limit of its endpoint and says whether it is over.
// The switch: the --rate-limits flag when given, else what the world file or the simulation
// API set, else on (as on the real platform).
import { rateLimitOf, retryAfterSeconds, type LimitedCall } from '../../domain/sim/rate-limits.js';
import type { Store } from '../../store/db.js';
import { hitRateCounter, rateLimitSwitch } from '../../store/rate-counters-repo.js';

export interface CheckRateLimitOptions {
  store: Store;
  now: number;
  /** The operator's --rate-limits flag; undefined when not given. */
  configured: boolean | undefined;
  method: string;
  route: string;
  call: LimitedCall;
}

export type RateLimitVerdict = { over: false } | { over: true; retryAfterSeconds: number; perMinute: number; name: string; per: string };

export async function rateLimitsOn(store: Store, configured: boolean | undefined): Promise<boolean> {
  if (configured !== undefined) return configured;
  return (await rateLimitSwitch(store.db)) !== 'off';
}

export async function checkRateLimit(o: CheckRateLimitOptions): Promise<RateLimitVerdict> {
  const limit = rateLimitOf(o.method, o.route);
  if (!limit) return { over: false };
  const key = limit.key(o.call);
  if (key === undefined) return { over: false };
  if (!(await rateLimitsOn(o.store, o.configured))) return { over: false };
  const w = await hitRateCounter(o.store.db, o.store.dialect, `${o.method} ${o.route}\u0001${key}`, o.now);
  if (w.count <= limit.perMinute) return { over: false };
  return { over: true, retryAfterSeconds: retryAfterSeconds(w, o.now), perMinute: limit.perMinute, name: limit.name, per: limit.per };
}
