// The one clock all platform time comes from: real time plus an offset that the
// simulation API moves forward. The offset lives in the database so every node agrees.
// It goes back only when a snapshot is restored: that starts a new history (the epoch
// counts them), and within one history time never runs backwards.
import type { Queryable } from '../store/db.js';
import { addToNumericSetting, getSetting } from '../store/settings-repo.js';
import { CLOCK_EPOCH_KEY as EPOCH_KEY, CLOCK_OFFSET_KEY as OFFSET_KEY } from '../store/clock-settings-repo.js';

export class Clock {
  #offsetMs = 0;
  #epoch = 0;
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
  // A new epoch (a restored snapshot, here or on another node) replaces the offset outright.
  async load(db: Queryable): Promise<void> {
    const epoch = Number((await getSetting(db, EPOCH_KEY)) ?? 0);
    const offset = Number((await getSetting(db, OFFSET_KEY)) ?? 0);
    if (epoch !== this.#epoch) {
      this.#epoch = epoch;
      this.#offsetMs = offset;
    } else this.#offsetMs = Math.max(this.#offsetMs, offset);
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
