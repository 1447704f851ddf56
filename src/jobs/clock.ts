// The one clock all platform time comes from: real time plus an offset that the
// simulation API moves forward. The offset lives in the database so every node agrees.
import type { Queryable } from '../store/db.js';
import { getSetting, setSetting } from '../store/settings-repo.js';

const OFFSET_KEY = 'clock_offset_ms';

export class Clock {
  #offsetMs = 0;
  #timer: NodeJS.Timeout | undefined;

  now(): number {
    return Date.now() + this.#offsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  async load(db: Queryable): Promise<void> {
    this.#offsetMs = Number((await getSetting(db, OFFSET_KEY)) ?? 0);
  }

  /** Moves the shared clock forward; returns the new time. */
  async advance(db: Queryable, seconds: number): Promise<number> {
    await db.transaction().execute(async (tx) => {
      const current = Number((await getSetting(tx, OFFSET_KEY)) ?? 0);
      this.#offsetMs = current + Math.round(seconds * 1000);
      await setSetting(tx, OFFSET_KEY, String(this.#offsetMs), Date.now());
    });
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
