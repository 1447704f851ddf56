// GET /epayment/v1/payments/{reference} and GET …/events: a payment and its event log.
import type { FastifyInstance } from 'fastify';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { eventResponse, paymentResponse } from '../../domain/payments/payment-views.js';
import { findPayment } from '../../operations/payments/find-payment.js';
import { listPaymentEvents } from '../../store/payment-events-repo.js';
import { actingUnit } from './acting-unit.js';
import { GetPaymentResponse, PaymentEvent, problems, ReadingHeaders, ReferenceParams, routeConfig } from './schemas.js';

export async function getPaymentRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  app.get(
    '/epayment/v1/payments/:reference',
    {
      config: routeConfig,
      schema: { tags: ['ePayment API'], summary: 'Get a payment', headers: ReadingHeaders, params: ReferenceParams, response: { 200: GetPaymentResponse, ...problems } },
    },
    async (req) => {
      const unit = await actingUnit(rt, req);
      const { reference } = req.params as Static<typeof ReferenceParams>;
      const p = await findPayment({ db: rt.store.db, msn: unit.msn, reference, now: rt.clock.now() });
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
      const unit = await actingUnit(rt, req);
      const { reference } = req.params as Static<typeof ReferenceParams>;
      const p = await findPayment({ db: rt.store.db, msn: unit.msn, reference, now: rt.clock.now() });
      return (await listPaymentEvents(rt.store.db, p.id)).map((e) => eventResponse(e, p.reference));
    },
  );
}
