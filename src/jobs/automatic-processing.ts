// Runs automatic processing of the back office's queue every second of real time, reading
// the platform clock, so moving the simulated clock forward decides due cases on the next pass.
import type { FastifyInstance } from 'fastify';
import { processAutomatically } from '../operations/backoffice/process-automatically.js';
import type { JobDeps } from './deps.js';

export function runAutomaticProcessing(rt: JobDeps) {
  return async () => {
    const { decided } = await processAutomatically({
      db: rt.store.db,
      box: rt.box,
      now: rt.clock.now(),
      publicUrl: rt.config.publicUrl,
      smtp: !!rt.config.smtpUrl,
      flagSeconds: rt.config.autoApproveAfterSeconds,
    });
    return decided;
  };
}

/** Starts the pass with the server when this node runs workers, and stops it on close. */
export function installAutomaticProcessing(app: FastifyInstance, rt: JobDeps, everyMs = 1000): void {
  if (!rt.config.worker) return;
  const pass = runAutomaticProcessing(rt);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      if (running) return; // the previous pass is still going
      running = pass()
        .catch((err: unknown) => rt.log.error({ err }, 'automatic processing failed'))
        .finally(() => (running = undefined));
    }, everyMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
    await running;
  });
}
