// POST /epayment/v1/payments/{reference}/capture, /refund and /cancel.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { cancelPayment } from '../../operations/payments/cancel-payment.js';
import { capturePayment } from '../../operations/payments/capture-payment.js';
import { refundPayment } from '../../operations/payments/refund-payment.js';
import { caller } from './acting-unit.js';
import { ModificationRequest, ModificationResponse, ModifyingHeaders, problems, ReferenceParams, routeConfig } from './schemas.js';

function common(rt: Runtime, req: FastifyRequest) {
  return {
    db: rt.store.db,
    ...caller(req),
    reference: (req.params as Static<typeof ReferenceParams>).reference,
    idempotencyKey: (req.headers as Static<typeof ModifyingHeaders>)['idempotency-key'],
    now: rt.clock.now(),
  };
}

const schema = (summary: string, withBody: boolean) => ({
  tags: ['ePayment API'],
  summary,
  headers: ModifyingHeaders,
  params: ReferenceParams,
  ...(withBody ? { body: ModificationRequest } : {}),
  response: { 200: ModificationResponse, ...problems },
});

export async function adjustPaymentRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  app.post('/epayment/v1/payments/:reference/capture', { config: routeConfig, schema: schema('Capture a payment', true) }, async (req, reply) => {
    const { modificationAmount } = req.body as Static<typeof ModificationRequest>;
    const result = await capturePayment({ ...common(rt, req), amount: modificationAmount });
    return reply.code(result.status as 200).send(result.body);
  });

  app.post('/epayment/v1/payments/:reference/refund', { config: routeConfig, schema: schema('Refund a payment', true) }, async (req, reply) => {
    const { modificationAmount } = req.body as Static<typeof ModificationRequest>;
    const result = await refundPayment({ ...common(rt, req), amount: modificationAmount });
    return reply.code(result.status as 200).send(result.body);
  });

  app.post('/epayment/v1/payments/:reference/cancel', { config: routeConfig, schema: schema('Cancel a payment', false) }, async (req, reply) => {
    const result = await cancelPayment(common(rt, req));
    return reply.code(result.status as 200).send(result.body);
  });
}
