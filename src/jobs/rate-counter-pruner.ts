// Deletes rate-limit counters whose minute has passed (PostgreSQL keeps one row per counted
// key: per payment reference, order or charge), every few minutes where the worker runs.
import type { FastifyInstance } from 'fastify';
import type { JobDeps } from './deps.js';
import { pruneRateCounters } from '../store/rate-counters-repo.js';

export function installRateCounterPruning(app: FastifyInstance, rt: JobDeps, everyMs = 5 * 60_000): void {
  if (!rt.config.worker || rt.store.dialect !== 'postgres') return;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      running = pruneRateCounters(rt.store.db, rt.store.dialect, rt.clock.now()).catch((err) => rt.log.error({ err }, 'pruning rate-limit counters failed'));
    }, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
