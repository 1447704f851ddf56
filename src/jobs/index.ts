// Every piece of background work vpp runs is registered here: outbox topics (webhook
// deliveries, emails, eCom callbacks), timers and sweepers (payment expiry, the back office's automatic
// processing). It also owns starting and stopping them: with the server when this node runs
// workers (not with --no-worker). An API family that needs background work adds one line.
// Nothing needs to wake the outbox worker by hand: a commit that wrote to the outbox does.
import type { FastifyInstance } from 'fastify';
import { installAutomaticProcessing } from './automatic-processing.js';
import type { JobDeps } from './deps.js';
import { installEmailJobs } from './email-delivery.js';
import { installPaymentJobs } from './payment-jobs.js';
import { installRequestLogPruning } from './request-log-pruner.js';
import { installRateCounterPruning } from './rate-counter-pruner.js';
import { installEcomJobs } from './ecom-jobs.js';
import { installRecurringJobs } from './recurring-jobs.js';
import { installPayerAppJobs } from './payer-app-jobs.js';

export type { JobDeps };

export function installJobs(app: FastifyInstance, deps: JobDeps): void {
  installEmailJobs(deps);
  installPaymentJobs(app, deps);
  installEcomJobs(deps);
  installRecurringJobs(app, deps);
  installPayerAppJobs(deps);
  installAutomaticProcessing(app, deps);
  installRequestLogPruning(app, deps);
  installRateCounterPruning(app, deps);

  // Retries and sweeps measured on the moved clock may be due at once.
  deps.clock.onMoved(() => deps.outbox.kick());
  if (deps.config.worker) app.addHook('onReady', async () => deps.outbox.start());
  app.addHook('onClose', async () => deps.outbox.stop());
}
