// The background work of the Recurring API: the due-charge and agreement-expiry timer.
// It runs where the workers run (not with --no-worker), and looks at once when the clock moves.
import type { FastifyInstance } from 'fastify';
import type { JobDeps } from './deps.js';
import { RecurringProcessor } from './recurring-processor.js';

declare module 'fastify' {
  interface FastifyInstance {
    recurringProcessor: RecurringProcessor;
  }
}

export function installRecurringJobs(app: FastifyInstance, deps: JobDeps): void {
  // SQLite has one writer: attempts run one slice at a time there.
  const processor = new RecurringProcessor({ store: deps.store, clock: deps.clock, log: deps.log, parallel: deps.store.dialect === 'postgres' ? 4 : 1 });
  app.decorate('recurringProcessor', processor);
  if (deps.config.worker) {
    deps.clock.onMoved(() => processor.wake());
    app.addHook('onReady', async () => processor.start());
    app.addHook('onClose', async () => processor.stop());
  }
}
