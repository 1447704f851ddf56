// POST /epayment/v1/payments/{reference}/capture, /refund and /cancel.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { cancelPayment } from '../../operations/payments/cancel-payment.js';
import { capturePayment } from '../../operations/payments/capture-payment.js';
import { refundPayment } from '../../operations/payments/refund-payment.js';
import { caller } from './acting-unit.js';
import { CancelRequest, ModificationRequest, ModificationResponse, ModifyingHeaders, problems, ReferenceParams, routeConfig } from './schemas.js';

type AdjustRequest = FastifyRequest & { params: Static<typeof ReferenceParams>; headers: Static<typeof ModifyingHeaders> };

function common(rt: Runtime, req: AdjustRequest) {
  return {
    db: rt.store.db,
    ...caller(req),
    reference: req.params.reference,
    idempotencyKey: req.headers['idempotency-key'],
    now: rt.clock.now(),
  };
}

const schema = (summary: string) => ({
  tags: ['ePayment API'],
  summary,
  headers: ModifyingHeaders,
  params: ReferenceParams,
  response: { 200: ModificationResponse, ...problems },
});

export const adjustPaymentRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post('/epayment/v1/payments/:reference/capture', { config: routeConfig, schema: { ...schema('Capture a payment'), body: ModificationRequest } }, async (req, reply) => {
    const { modificationAmount } = req.body;
    const result = await capturePayment({ ...common(rt, req), amount: modificationAmount });
    return reply.code(result.status as 200).send(result.body);
  });

  app.post('/epayment/v1/payments/:reference/refund', { config: routeConfig, schema: { ...schema('Refund a payment'), body: ModificationRequest } }, async (req, reply) => {
    const { modificationAmount } = req.body;
    const result = await refundPayment({ ...common(rt, req), amount: modificationAmount });
    return reply.code(result.status as 200).send(result.body);
  });

  app.post(
    '/epayment/v1/payments/:reference/cancel',
    {
      config: routeConfig,
      schema: { ...schema('Cancel a payment'), body: CancelRequest },
      // The body is optional: most callers send none.
      preValidation: async (req) => {
        req.body ??= {};
      },
    },
    async (req, reply) => {
      const result = await cancelPayment({ ...common(rt, req), transactionOnly: req.body?.cancelTransactionOnly === true });
      return reply.code(result.status as 200).send(result.body);
    },
  );
};
