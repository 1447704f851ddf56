// The back office's case work: the queue and each case with its actions.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../../runtime.js';
import { casePageRoutes } from './case-page.js';
import { queueRoutes } from './queue.js';

export async function backofficeCases(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(queueRoutes, { rt });
  await app.register(casePageRoutes, { rt });
}
