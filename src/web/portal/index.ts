// The merchant portal: log in as a person, then act for the merchants you may.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requirePortalPerson } from './guard.js';
import { portalHomeRoutes } from './home.js';
import { portalLoginRoutes } from './login.js';
import { portalSignup } from './signup/routes.js';
import { portalAccessRoutes } from './access-routes.js';
import { portalPartnerRoutes } from './partner/routes.js';

export async function portal(app: FastifyInstance, { rt }: { rt: Runtime }) {
  // Only the portal and the back office use cookies: API requests skip the cookie hooks.
  await app.register(cookie);
  await app.register(portalLoginRoutes, { rt });
  await app.register(async (authed) => {
    requirePortalPerson(authed, rt);
    await authed.register(portalHomeRoutes, { rt });
    await authed.register(portalSignup, { rt });
    await authed.register(portalAccessRoutes, { rt });
    await authed.register(portalPartnerRoutes, { rt });
  });
}
