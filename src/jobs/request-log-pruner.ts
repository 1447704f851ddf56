// Keeps the request log to its retention period (--request-log-days): older rows are
// deleted a batch at a time, so no single statement holds up the requests being served.
// API quality does not need them: it reads the counts kept as requests are logged.
import type { FastifyInstance } from 'fastify';
import type { JobDeps } from './deps.js';
import { pruneRequestLog } from '../store/request-log-repo.js';
import { pruneRequestDetails } from '../store/request-details-repo.js';
import { DETAILED_REQUESTS_KEPT } from './request-log-writer.js';

declare module 'fastify' {
  interface FastifyInstance {
    requestLogPruner: RequestLogPruner;
  }
}

const DAY_MS = 86_400_000;

export class RequestLogPruner {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = true;

  constructor(private readonly rt: JobDeps, private readonly everyMs = 10 * 60_000) {}

  /** Deletes what is past the retention period; returns how many rows went. */
  async runOnce(): Promise<number> {
    const before = this.rt.clock.now() - this.rt.config.requestLogDays * DAY_MS;
    let total = 0;
    for (;;) {
      const n = await pruneRequestDetails(this.rt.store.db, DETAILED_REQUESTS_KEPT, 1000);
      if (n < 1000 || this.#stopped) break;
      await new Promise((r) => setImmediate(r));
    }
    for (;;) {
      const n = await pruneRequestLog(this.rt.store.db, before, 1000);
      total += n;
      if (n < 1000 || this.#stopped) return total;
      await new Promise((r) => setImmediate(r));
    }
  }

  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.runOnce()
        .catch((err) => this.rt.log.error({ err }, 'pruning the request log failed'))
        .finally(() => this.#schedule(this.everyMs));
    }, delay);
    this.#timer.unref();
  }
}

export function installRequestLogPruning(app: FastifyInstance, rt: JobDeps): void {
  const pruner = new RequestLogPruner(rt);
  app.decorate('requestLogPruner', pruner);
  if (rt.config.worker) {
    app.addHook('onReady', async () => pruner.start());
    app.addHook('onClose', async () => pruner.stop());
  }
}
