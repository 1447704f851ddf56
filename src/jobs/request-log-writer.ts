// The API request log (for API quality and the inspector) is written in batches, so
// serving a request never waits for, or adds, a transaction of its own.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { insertRequestLog } from '../store/request-log-repo.js';
import { addRequestCounts } from '../store/request-counts-repo.js';
import type { ApiRequestRow } from '../store/tables/foundation.js';

export class RequestLogWriter {
  #buffer: ApiRequestRow[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();
  #alongside: (() => Promise<void>)[] = [];

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly opts: { intervalMs?: number; maxBuffered?: number } = {},
  ) {}

  record(row: ApiRequestRow): void {
    this.#buffer.push(row);
    if (this.#buffer.length >= (this.opts.maxBuffered ?? 300)) void this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), this.opts.intervalMs ?? 100);
      this.#timer.unref();
    }
  }

  /** Another writer of request facts, flushed whenever this one is (tests, shutdown, the inspector). */
  alsoFlush(flush: () => Promise<void>): void {
    this.#alongside.push(flush);
  }

  /** Writes everything recorded so far; resolves when it is stored. */
  async flush(): Promise<void> {
    await Promise.all([this.flushLog(), ...this.#alongside.map((f) => f())]);
  }

  private flushLog(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const rows = this.#buffer;
    this.#buffer = [];
    this.#flushing = this.#flushing.then(async () => {
      if (!rows.length) return;
      try {
        await insertRequestLog(this.store.db, rows);
        // API quality's counts, kept up here so answering it never scans the log.
        await addRequestCounts(this.store.db, rows);
      } catch (err) {
        this.log.error({ err, rows: rows.length }, 'could not write the request log');
      }
    });
    return this.#flushing;
  }
}
