// Portal pages need a logged-in person: without a session the browser goes to the log-in
// page and comes back afterwards.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { findPerson, type Person } from '../../operations/sessions/find-person.js';
import { loadSession, type WebSession } from '../sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    portal: { session: WebSession; person: Person } | null;
  }
}

/** Every route registered in `app` after this requires a portal session. */
export function requirePortalPerson(app: FastifyInstance, rt: Runtime): void {
  app.decorateRequest('portal', null);
  app.addHook('preHandler', async (req, reply) => {
    const session = await loadSession(rt, req, 'portal');
    const person = session && (await findPerson({ db: rt.store.db, nin: session.subject }));
    if (!session || !person) {
      const next = encodeURIComponent(req.url);
      return reply.code(303).header('location', `/portal/login?next=${next}`).send();
    }
    req.portal = { session, person };
  });
}
