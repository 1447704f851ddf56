// Every piece of background work vpp runs is registered here: outbox topics (webhook
// deliveries, emails, callbacks), timers and sweepers (payment expiry, due charges).
// An API family that needs background work adds one line below.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import { installPaymentJobs } from './payment-jobs.js';
import { installPayerAppJobs } from './payer-app-jobs.js';

export async function installJobs(app: FastifyInstance, rt: Runtime): Promise<void> {
  await installPaymentJobs(app, rt);
  await installPayerAppJobs(rt);
}
