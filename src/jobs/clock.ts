// The one clock all platform time comes from: real time plus an offset that the
// simulation API moves forward. The offset lives in the database so every node agrees.
import type { Queryable } from '../store/db.js';
import { addToNumericSetting, getSetting } from '../store/settings-repo.js';

const OFFSET_KEY = 'clock_offset_ms';

export class Clock {
  #offsetMs = 0;
  #timer: NodeJS.Timeout | undefined;
  readonly #moved = new Set<() => void>();

  /** Calls `fn` after this node moved the clock forward (work may have come due). */
  onMoved(fn: () => void): void {
    this.#moved.add(fn);
  }

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  // The offset only ever grows, so a read that started before this node's own move and
  // finished after it must not set the clock back.
  async load(db: Queryable): Promise<void> {
    this.#offsetMs = Math.max(this.#offsetMs, Number((await getSetting(db, OFFSET_KEY)) ?? 0));
  }

  /** Moves the shared clock forward (moves made at once on several nodes add up); returns the new time. */
  async advance(db: Queryable, seconds: number): Promise<number> {
    const offset = await addToNumericSetting(db, OFFSET_KEY, Math.round(seconds * 1000), Date.now());
    this.#offsetMs = Math.max(this.#offsetMs, offset);
    for (const fn of this.#moved) fn();
    return this.now();
  }

  /** Keeps this node's offset in step with the others (another node may advance it). */
  follow(db: Queryable, everyMs: number): void {
    this.#timer = setInterval(() => void this.load(db).catch(() => {}), everyMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }
}
