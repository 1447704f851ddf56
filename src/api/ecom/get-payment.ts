// GET …/details (the whole transaction history) and the deprecated GET …/status.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { ecomUnit } from '../../operations/ecom/ecom-unit.js';
import { getEcomOrderStatus, getEcomPaymentDetails } from '../../operations/ecom/get-ecom-payment-details.js';
import { DetailsResponse, errors, Headers, OrderParams, routeConfig, StatusResponse } from './schemas.js';

export async function getPaymentRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  const options = async (req: FastifyRequest) => ({
    db: rt.store.db,
    unit: await ecomUnit({ db: rt.store.db, actor: req.actor!, onMsn: (msn) => (req.logMsn = msn) }),
    orderId: (req.params as Static<typeof OrderParams>).orderId,
    now: rt.clock.now(),
  });

  app.get(
    '/ecomm/v2/payments/:orderId/details',
    { config: routeConfig, schema: { tags: ['eCom API v2'], summary: 'Get payment details', headers: Headers, params: OrderParams, response: { 200: DetailsResponse, ...errors } } },
    async (req) => getEcomPaymentDetails(await options(req)),
  );

  app.get(
    '/ecomm/v2/payments/:orderId/status',
    { config: routeConfig, schema: { tags: ['eCom API v2'], summary: 'Get order status (deprecated: use details)', deprecated: true, headers: Headers, params: OrderParams, response: { 200: StatusResponse, ...errors } } },
    async (req) => getEcomOrderStatus(await options(req)),
  );
}
