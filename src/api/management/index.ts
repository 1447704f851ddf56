// The Management API v1. Offered in production mode only: the real test environment does
// not have it, and a partner should notice that here too.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requireCaller } from '../caller.js';
import { merchantRoutes } from './merchants/routes.js';
import { pricePackagesRoute } from './partners/price-packages.js';
import { whoamiRoute } from './partners/whoami.js';
import { productOrderRoutes } from './product-orders/routes.js';
import { salesUnitRoutes } from './sales-units/routes.js';

export async function managementApi(app: FastifyInstance, { rt }: { rt: Runtime }) {
  requireCaller(app, rt);
  await app.register(whoamiRoute, { rt });
  await app.register(pricePackagesRoute, { rt });
  await app.register(merchantRoutes, { rt });
  await app.register(salesUnitRoutes, { rt });
  await app.register(productOrderRoutes, { rt });
}
