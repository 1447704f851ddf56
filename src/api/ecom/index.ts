// The eCom API v2: orderId payments with callbacks and Express checkout, another face of
// the payments ePayment makes, with merchant or partner keys.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import { requireCaller } from '../caller.js';
import { adjustPaymentRoutes } from './adjust-payment.js';
import './errors.js';
import { forceApproveRoute } from './force-approve.js';
import { getPaymentRoutes } from './get-payment.js';
import { initiatePaymentRoute } from './initiate-payment.js';

export async function ecomApi(app: FastifyInstance, { rt }: { rt: Runtime }) {
  requireCaller(app, rt);
  await app.register(initiatePaymentRoute, { rt });
  await app.register(adjustPaymentRoutes, { rt });
  await app.register(getPaymentRoutes, { rt });
  await app.register(forceApproveRoute, { rt });
}
