// The back office: operators review merchant agreements and product orders.
import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requireOperator } from './guard.js';
import { backofficeLoginRoutes } from './login.js';
import { backofficeCases } from './cases/routes.js';
import { backofficePartnerChangeRoutes } from './partner-changes/routes.js';

export async function backoffice(app: FastifyInstance, { rt }: { rt: Runtime }) {
  await app.register(cookie); // see portal/index.ts
  await app.register(backofficeLoginRoutes, { rt });
  await app.register(async (authed) => {
    requireOperator(authed, rt);
    await authed.register(backofficeCases, { rt });
    await authed.register(backofficePartnerChangeRoutes, { rt });
  });
}
