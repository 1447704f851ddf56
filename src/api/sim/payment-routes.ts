// The payer's app and the webhook deliveries for scripts: list a phone's pending payment
// requests, approve or reject one, and see every delivery with its attempts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { invalid } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import { eventResponse, paymentResponse, redirectUrlOf } from '../../domain/payments/payment-views.js';
import type { Payment } from '../../domain/payments/payment.js';
import { decideAsPayer, listPendingPayments, viewPayment } from '../../operations/simulation/payer-view.js';
import { listDeliveriesWithAttempts } from '../../operations/webhooks/list-deliveries.js';
import { timeOutPayment } from '../../operations/payments/time-out-payment.js';
import { setPayerBehaviour } from '../../operations/payments/set-payer-behaviour.js';
import { PAYER_BEHAVIOURS } from '../../domain/payers/vipps-user.js';
import { findPaymentsByReference } from '../../operations/payments/find-payments-by-reference.js';

const tags = ['Simulation'];
const PaymentParams = Type.Object({ msn: Type.String({ pattern: '^\\d{4,6}$' }), reference: Type.String({ pattern: '^[a-zA-Z0-9-]{8,50}$' }) });
const PayerBody = Type.Object({ phoneNumber: Type.Optional(Type.String({ maxLength: 20 })) }, { additionalProperties: false });
const optionalBody = Type.Unsafe<Static<typeof PayerBody> | undefined>({ ...PayerBody, type: undefined });

export const simPaymentRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const summary = (p: Payment, unitName: string | undefined) => ({
    msn: p.msn,
    salesUnitName: unitName ?? null,
    reference: p.reference,
    state: p.state,
    amount: { currency: p.currency, value: p.amount },
    paymentDescription: p.description,
    userFlow: p.userFlow,
    customerPhoneNumber: p.customerPhone,
    payerPhoneNumber: p.payerPhone,
    expiresAt: new Date(p.expiresAt).toISOString(),
    landingPageUrl: `${rt.config.publicUrl}/app/landing?token=${p.landingToken}`,
    redirectUrl: redirectUrlOf(p, rt.config.publicUrl) ?? null,
  });

  app.get('/_sim/payments', { schema: { tags, summary: "A phone's pending payment requests (push and QR requests named to it)", querystring: Type.Object({ phoneNumber: Type.String({ maxLength: 20 }) }) } }, async (req) => {
    const n = normalizePhone(req.query.phoneNumber);
    if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }]);
    const pending = await listPendingPayments({ db: rt.store.db, phone: n.phone, now: rt.clock.now() });
    return { phoneNumber: n.phone, payments: pending.map((p) => summary(p.payment, p.unitName)) };
  });

  app.get('/_sim/payments/:msn/:reference', { schema: { tags, summary: 'A payment as the platform sees it, with its events', params: PaymentParams } }, async (req) => {
    const { msn, reference } = req.params;
    const { payment: p, unitName, events } = await viewPayment({ db: rt.store.db, msn, reference, now: rt.clock.now() });
    return { ...summary(p, unitName), payment: paymentResponse(p, rt.config.publicUrl), events: events.map((e) => ({ eventId: e.eventId, ...eventResponse(e, p.reference) })) };
  });

  app.get(
    '/_sim/payments/by-reference/:reference',
    { schema: { tags, summary: "The payments with this reference, whichever sales unit's", params: Type.Object({ reference: Type.String({ pattern: '^[a-zA-Z0-9-]{8,50}$' }) }) } },
    async (req) => {
      const found = await findPaymentsByReference({ db: rt.store.db, reference: req.params.reference });
      return { payments: found.map((n) => summary(n.payment, n.unitName)) };
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    app.post(
      `/_sim/payments/:msn/:reference/${decision}`,
      { schema: { tags, summary: decision === 'approve' ? 'The payer approves (AUTHORIZED)' : 'The payer rejects (ABORTED)', params: PaymentParams, body: optionalBody } },
      async (req) => {
        const { msn, reference } = req.params;
        const body = req.body && typeof req.body === 'object' ? req.body : {};
        const { payment, unitName } = await decideAsPayer({ db: rt.store.db, msn, reference, decision, phone: body.phoneNumber, now: rt.clock.now() });
        return summary(payment, unitName);
      },
    );
  }

  app.post(
    '/_sim/payments/:msn/:reference/expire',
    { schema: { tags, summary: 'The payer never answers and the time runs out now (EXPIRED)', params: PaymentParams } },
    async (req) => {
      const { msn, reference } = req.params;
      const { payment, unitName } = await timeOutPayment({ db: rt.store.db, msn, reference, now: rt.clock.now() });
      return summary(payment, unitName);
    },
  );

  const BehaviourBody = Type.Object({ behaviour: Type.Union(PAYER_BEHAVIOURS.map((b) => Type.Literal(b)), { description: 'ask: wait for someone to act; approve or reject on their own; never-answer: let it expire' }) }, { additionalProperties: false });
  app.put(
    '/_sim/payers/:phoneNumber/behaviour',
    { schema: { tags, summary: 'What a Vipps user does with payment requests from now on', params: Type.Object({ phoneNumber: Type.String({ maxLength: 20 }) }), body: BehaviourBody } },
    async (req) => {
      const n = normalizePhone(req.params.phoneNumber);
      if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }]);
      const { behaviour } = req.body;
      await setPayerBehaviour({ db: rt.store.db, phone: n.phone, behaviour });
      return { phoneNumber: n.phone, behaviour };
    },
  );

  app.get(
    '/_sim/webhooks/deliveries',
    {
      schema: {
        tags,
        summary: 'Webhook deliveries, newest first, each with its attempts',
        querystring: Type.Object({
          msn: Type.Optional(Type.String({ maxLength: 6 })),
          reference: Type.Optional(Type.String({ maxLength: 50 })),
          webhookId: Type.Optional(Type.String({ maxLength: 36 })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
        }),
      },
    },
    async (req) => {
      const q = req.query;
      const rows = await listDeliveriesWithAttempts({ db: rt.store.db, filter: { msn: q.msn, reference: q.reference, webhookId: q.webhookId, limit: q.limit ?? 100 } });
      return {
        deliveries: rows.map((d) => ({
          id: d.id,
          webhookId: d.webhookId,
          eventId: d.eventId,
          eventType: d.eventType,
          msn: d.msn,
          reference: d.reference,
          url: d.url,
          status: d.status,
          createdAt: new Date(d.createdAt).toISOString(),
          deliveredAt: d.deliveredAt === null ? null : new Date(d.deliveredAt).toISOString(),
          body: JSON.parse(d.body),
          attempts: d.attempts.map((a) => ({ at: new Date(a.at).toISOString(), durationMs: a.durationMs, statusCode: a.statusCode, responseExcerpt: a.responseExcerpt, error: a.error })),
        })),
      };
    },
  );
};
