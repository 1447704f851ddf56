// Back-office pages need a logged-in operator.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { findOperator, type Operator } from '../../operations/sessions/find-operator.js';
import { loadSession, type WebSession } from '../sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    backoffice: { session: WebSession; operator: Operator } | null;
  }
}

export function requireOperator(app: FastifyInstance, rt: Runtime): void {
  app.decorateRequest('backoffice', null);
  app.addHook('preHandler', async (req, reply) => {
    const session = await loadSession(rt, req, 'backoffice');
    const operator = session && (await findOperator({ db: rt.store.db, id: session.subject }));
    if (!session || !operator) return reply.code(303).header('location', `/backoffice/login?next=${encodeURIComponent(req.url)}`).send();
    req.backoffice = { session, operator };
  });
}
