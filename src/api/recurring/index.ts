// The Recurring API v3: agreements and charges on behalf of sales units, with merchant or
// partner keys.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requireCaller } from '../caller.js';
import { agreementRoutes } from './agreement-routes.js';
import { chargeRoutes } from './charge-routes.js';
import './errors.js';

export async function recurringApi(app: FastifyInstance, { rt }: { rt: Runtime }) {
  requireCaller(app, rt);
  await app.register(agreementRoutes, { rt });
  await app.register(chargeRoutes, { rt });
}
