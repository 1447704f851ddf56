// POST /ecomm/v2/integration-test/payments/{orderId}/approve: approve without the app, in
// test mode only; not for Express orders, as documented.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { ecomError } from '../../domain/ecom/errors.js';
import { isExpress } from '../../domain/ecom/ecom-payment.js';
import { notFound } from '../../domain/errors.js';
import { actOnEcomPayment } from '../../operations/ecom/act-on-ecom-payment.js';
import { ecomUnit } from '../../operations/ecom/ecom-unit.js';
import { findEcomOrder } from '../../operations/ecom/find-ecom-order.js';
import { requireActor } from '../caller.js';
import { errors, ForceApproveRequest, OrderParams, RequestIdHeaders, routeConfig } from './schemas.js';

export const forceApproveRoute: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/ecomm/v2/integration-test/payments/:orderId/approve',
    {
      config: routeConfig,
      schema: {
        tags: ['eCom API v2'],
        summary: 'Force approve payment (test mode only)',
        headers: RequestIdHeaders,
        params: OrderParams,
        // The body is optional: the schema has no `type`, so an absent body passes.
        body: Type.Unsafe<Static<typeof ForceApproveRequest> | undefined>({ ...ForceApproveRequest, type: undefined }),
        response: { 200: Type.Object({}), ...errors },
      },
    },
    async (req) => {
      if (rt.config.mode !== 'test') throw notFound('Force approve exists only in the test environment, and this vpp runs in production mode. Let the payer approve in the app (the url of the initiate response).');
      const unit = await ecomUnit({ db: rt.store.db, actor: requireActor(req), onMsn: (msn) => (req.logMsn = msn) });
      const body = req.body && typeof req.body === 'object' ? req.body : {};
      const p = await findEcomOrder({ db: rt.store.db, msn: unit.msn, orderId: req.params.orderId });
      if (p.ecom && isExpress(p.ecom)) throw ecomError('validation', 'InvalidRequest', 'paymentType', 'Force approve does not support eComm Express Payment: let the payer choose shipping in the app.');
      if (body.token !== undefined && body.token !== p.landingToken) throw ecomError('validation', 'InvalidRequest', 'token', "The token is not the one in this order's url. Send that token, or leave it out.");
      const phone = body.customerPhoneNumber ? `47${body.customerPhoneNumber}` : undefined;
      if (!phone && !p.customerPhone) throw ecomError('validation', 'InvalidRequest', 'customerPhoneNumber', 'Name the payer: send customerPhoneNumber (8 digits), or initiate with customerInfo.mobileNumber.');
      await actOnEcomPayment({ db: rt.store.db, paymentId: p.id, decision: 'approve', phone, now: rt.clock.now() });
      rt.outbox.kick();
      return {};
    },
  );
};
