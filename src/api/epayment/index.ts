// The ePayment API v1: payments on behalf of sales units, with merchant or partner keys.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requireCaller } from '../caller.js';
import { adjustPaymentRoutes } from './adjust-payment.js';
import { createPaymentRoute } from './create-payment.js';
import { forceApproveRoutes } from './force-approve.js';
import { getPaymentRoutes } from './get-payment.js';

export async function epaymentApi(app: FastifyInstance, { rt }: { rt: Runtime }) {
  requireCaller(app, rt);
  await app.register(createPaymentRoute, { rt });
  await app.register(getPaymentRoutes, { rt });
  await app.register(adjustPaymentRoutes, { rt });
  await app.register(forceApproveRoutes, { rt });
}
