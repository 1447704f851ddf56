// Back-office pages need a logged-in operator.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import type { OperatorRow } from '../../store/tables/foundation.js';
import { loadSession, type WebSession } from '../sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    backoffice: { session: WebSession; operator: Omit<OperatorRow, 'password_hash'> } | null;
  }
}

export function requireOperator(app: FastifyInstance, rt: Runtime): void {
  app.decorateRequest('backoffice', null);
  app.addHook('preHandler', async (req, reply) => {
    const session = await loadSession(rt, req, 'backoffice');
    const operator =
      session && (await rt.store.db.selectFrom('operators').select(['id', 'username', 'name', 'email']).where('id', '=', session.subject).executeTakeFirst());
    if (!session || !operator) return reply.code(303).header('location', `/backoffice/login?next=${encodeURIComponent(req.url)}`).send();
    req.backoffice = { session, operator };
  });
}
