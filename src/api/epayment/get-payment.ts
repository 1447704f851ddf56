// GET /epayment/v1/payments/{reference} and GET …/events: a payment and its event log.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { eventResponse, paymentResponse } from '../../domain/payments/payment-views.js';
import { getPayment, getPaymentEvents } from '../../operations/payments/get-payment.js';
import { caller } from './acting-unit.js';
import { GetPaymentResponse, PaymentEvent, problems, ReadingHeaders, ReferenceParams, routeConfig } from './schemas.js';

export const getPaymentRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get(
    '/epayment/v1/payments/:reference',
    {
      config: routeConfig,
      schema: { tags: ['ePayment API'], summary: 'Get a payment', headers: ReadingHeaders, params: ReferenceParams, response: { 200: GetPaymentResponse, ...problems } },
    },
    async (req) => {
      const { reference } = req.params;
      const p = await getPayment({ db: rt.store.db, ...caller(req), reference, now: rt.clock.now() });
      return paymentResponse(p, rt.config.publicUrl);
    },
  );

  app.get(
    '/epayment/v1/payments/:reference/events',
    {
      config: routeConfig,
      schema: { tags: ['ePayment API'], summary: "Get a payment's event log", headers: ReadingHeaders, params: ReferenceParams, response: { 200: Type.Array(PaymentEvent), ...problems } },
    },
    async (req) => {
      const { reference } = req.params;
      const { payment, events } = await getPaymentEvents({ db: rt.store.db, ...caller(req), reference, now: rt.clock.now() });
      return events.map((e) => eventResponse(e, payment.reference));
    },
  );
};
