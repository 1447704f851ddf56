// Slows down password guessing: after a few failed log-ins for one username, or many from
// one client address, further attempts are refused for a while that doubles with each
// failure. Unknown usernames count like known ones, so refusals reveal nothing.
export interface ThrottleRule {
  /** Failures allowed before attempts are refused. */
  free: number;
  /** First lock-out, doubled with each further failure, up to maxLockMs. */
  baseLockMs: number;
  maxLockMs: number;
  /** Failures older than this are forgotten. */
  forgetAfterMs: number;
}

export const USERNAME_RULE: ThrottleRule = { free: 5, baseLockMs: 1_000, maxLockMs: 15 * 60_000, forgetAfterMs: 15 * 60_000 };
export const ADDRESS_RULE: ThrottleRule = { free: 20, baseLockMs: 1_000, maxLockMs: 15 * 60_000, forgetAfterMs: 15 * 60_000 };

interface Entry { failures: number; lastAt: number; lockedUntil: number }

/** Failures per key, in memory; the oldest entries go first beyond `maxEntries`. */
export class FailureCounter {
  readonly #entries = new Map<string, Entry>();
  constructor(private readonly rule: ThrottleRule, private readonly maxEntries = 10_000) {}

  /** Milliseconds until this key may try again (0: now). */
  waitMs(key: string, now: number): number {
    const e = this.#live(key, now);
    return e ? Math.max(0, e.lockedUntil - now) : 0;
  }

  fail(key: string, now: number): void {
    const e = this.#live(key, now) ?? { failures: 0, lastAt: now, lockedUntil: 0 };
    e.failures++;
    e.lastAt = now;
    const over = e.failures - this.rule.free;
    if (over > 0) e.lockedUntil = now + Math.min(this.rule.baseLockMs * 2 ** (over - 1), this.rule.maxLockMs);
    this.#entries.delete(key); // re-inserted last: the map stays in order of last failure
    this.#entries.set(key, e);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
  }

  clear(key: string): void {
    this.#entries.delete(key);
  }

  #live(key: string, now: number): Entry | undefined {
    const e = this.#entries.get(key);
    if (e && now - e.lastAt > this.rule.forgetAfterMs && now >= e.lockedUntil) {
      this.#entries.delete(key);
      return undefined;
    }
    return e;
  }
}

export class LoginThrottle {
  readonly byUsername = new FailureCounter(USERNAME_RULE);
  readonly byAddress = new FailureCounter(ADDRESS_RULE);

  waitMs(username: string, address: string, now: number): number {
    return Math.max(this.byUsername.waitMs(username.toLowerCase(), now), this.byAddress.waitMs(address, now));
  }

  failed(username: string, address: string, now: number): void {
    this.byUsername.fail(username.toLowerCase(), now);
    this.byAddress.fail(address, now);
  }

  succeeded(username: string): void {
    this.byUsername.clear(username.toLowerCase());
  }
}
