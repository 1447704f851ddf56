// The portal's pages for user access, API keys and partner changes (all need a session).
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { portalKeyRoutes } from './keys/routes.js';
import { portalPartnerChangeRoutes } from './partner-change/routes.js';
import { portalUserRoutes } from './users/routes.js';

export async function portalAccessRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(portalUserRoutes, { rt });
  await app.register(portalKeyRoutes, { rt });
  await app.register(portalPartnerChangeRoutes, { rt });
}
