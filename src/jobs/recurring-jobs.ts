// The background work of the Recurring API: the due-charge and agreement-expiry timer.
// It runs where the outbox worker runs (not with --no-worker).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { RecurringProcessor } from './recurring-processor.js';

declare module 'fastify' {
  interface FastifyInstance {
    recurringProcessor: RecurringProcessor;
  }
}

export async function installRecurringJobs(app: FastifyInstance, rt: Runtime): Promise<void> {
  const processor = new RecurringProcessor({ store: rt.store, clock: rt.clock, log: rt.log, parallel: rt.config.databaseUrl ? rt.config.poolSize : 1, onChange: () => rt.outbox.kick() });
  app.decorate('recurringProcessor', processor);
  if (rt.config.worker) {
    app.addHook('onReady', async () => processor.start());
    app.addHook('onClose', async () => processor.stop());
  }
}
