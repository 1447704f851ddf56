// POST /epayment/v1/payments: create a payment.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import type { CreatePaymentInput } from '../../domain/payments/check-create-payment.js';
import { createPayment } from '../../operations/payments/create-payment.js';
import { caller } from './acting-unit.js';
import { CreatePaymentRequest, CreatePaymentResponse, ModifyingHeaders, problems, routeConfig } from './schemas.js';

export async function createPaymentRoute(app: FastifyInstance, { rt }: { rt: Runtime }) {
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
      const input = req.body as Static<typeof CreatePaymentRequest> as CreatePaymentInput;
      const result = await createPayment({
        db: rt.store.db,
        ...caller(req),
        input,
        idempotencyKey: (req.headers as Static<typeof ModifyingHeaders>)['idempotency-key'],
        mode: rt.config.mode,
        now: rt.clock.now(),
        publicUrl: rt.config.publicUrl,
      });
      return reply.code(result.status).send(result.body);
    },
  );
}
