// POST /epayment/v1/payments: create a payment.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Runtime } from '../../runtime.js';
import type { CreatePaymentInput } from '../../domain/payments/check-create-payment.js';
import { createPayment } from '../../operations/payments/create-payment.js';
import { caller } from './acting-unit.js';
import { CreatePaymentRequest, CreatePaymentResponse, ModifyingHeaders, problems, routeConfig } from './schemas.js';

export const createPaymentRoute: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/epayment/v1/payments',
    {
      config: routeConfig,
      schema: {
        tags: ['ePayment API'],
        summary: 'Create a payment',
        headers: ModifyingHeaders,
        body: CreatePaymentRequest,
        response: { 201: CreatePaymentResponse, ...problems },
      },
    },
    async (req, reply) => {
      const input: CreatePaymentInput = req.body;
      const result = await createPayment({
        db: rt.store.db,
        ...caller(req),
        input,
        idempotencyKey: req.headers['idempotency-key'],
        mode: rt.config.mode,
        now: rt.clock.now(),
        publicUrl: rt.config.publicUrl,
      });
      return reply.code(result.status).send(result.body);
    },
  );
};
