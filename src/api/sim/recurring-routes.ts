// The payer's side of Recurring for scripts: accept or reject a pending agreement, list a
// phone's agreements, and stop one as the payer would in the app; how long the payer's card
// takes to process a charge.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { invalid } from '../../domain/errors.js';
import { normalizePhone } from '../../domain/payments/payer.js';
import { agreementResponse } from '../../domain/recurring/views.js';
import { answerAgreement } from '../../operations/recurring/answer-agreement.js';
import { listPayerAgreements, stopAgreementAsPayer } from '../../operations/recurring/payer-agreements.js';
import { countCharges } from '../../operations/recurring/read-recurring.js';
import { setChargeProcessingTime } from '../../operations/recurring/set-charge-processing-time.js';
import { MAX_CHARGE_PROCESSING_MINUTES } from '../../domain/payers/vipps-user.js';

const tags = ['Simulation'];
const Params = Type.Object({ agreementId: Type.String({ minLength: 1, maxLength: 64 }) });
const PayerBody = Type.Object(
  { phoneNumber: Type.String({ maxLength: 20 }), maxAmount: Type.Optional(Type.Integer({ minimum: 100, maximum: 2_000_000 })) },
  { additionalProperties: false },
);

export const simRecurringRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  const phoneOf = (raw: string) => {
    const n = normalizePhone(raw);
    if ('problem' in n) throw invalid(n.problem, [{ name: 'phoneNumber', reason: n.problem }]);
    return n.phone;
  };

  for (const decision of ['accept', 'reject'] as const) {
    app.post(
      `/_sim/recurring/agreements/:agreementId/${decision}`,
      { schema: { tags, summary: decision === 'accept' ? 'The payer accepts an agreement (ACTIVE, initial charge made)' : 'The payer rejects an agreement (STOPPED)', params: Params, body: PayerBody } },
      async (req) => {
        const { agreementId } = req.params;
        const body = req.body;
        const r = await answerAgreement({ db: rt.store.db, agreementId, decision, phone: phoneOf(body.phoneNumber), maxAmount: body.maxAmount, now: rt.clock.now() });
        return { agreement: agreementResponse(r.agreement, rt.config.publicUrl), initialChargeStatus: r.initialCharge?.status ?? null };
      },
    );
  }

  app.get('/_sim/recurring/agreements', { schema: { tags, summary: "A phone's active agreements, as the app lists them", querystring: Type.Object({ phoneNumber: Type.String({ maxLength: 20 }) }) } }, async (req) => {
    const phone = phoneOf(req.query.phoneNumber);
    return { phoneNumber: phone, agreements: (await listPayerAgreements({ db: rt.store.db, phone })).map((a) => ({ msn: a.msn, ...agreementResponse(a, rt.config.publicUrl) })) };
  });

  app.post(
    '/_sim/recurring/agreements/:agreementId/stop',
    { schema: { tags, summary: 'The payer stops an agreement in the app (STOPPED)', params: Params, body: Type.Object({ phoneNumber: Type.String({ maxLength: 20 }) }, { additionalProperties: false }) } },
    async (req) => {
      const { agreementId } = req.params;
      const a = await stopAgreementAsPayer({ db: rt.store.db, agreementId, phone: phoneOf(req.body.phoneNumber), now: rt.clock.now() });
      return { agreement: agreementResponse(a, rt.config.publicUrl) };
    },
  );

  app.put(
    '/_sim/payers/:phoneNumber/charge-processing',
    {
      schema: {
        tags,
        summary: "How long the payer's card takes to process a Recurring charge attempt (PROCESSING meanwhile)",
        params: Type.Object({ phoneNumber: Type.String({ maxLength: 20 }) }),
        body: Type.Object(
          { minutes: Type.Integer({ minimum: 0, maximum: MAX_CHARGE_PROCESSING_MINUTES, description: 'Minutes on the simulated clock; 0 settles attempts at once (the default)' }) },
          { additionalProperties: false },
        ),
      },
    },
    async (req) => {
      const phone = phoneOf(req.params.phoneNumber);
      const { minutes } = req.body;
      await setChargeProcessingTime({ db: rt.store.db, phone, minutes });
      return { phoneNumber: phone, minutes };
    },
  );

  app.get(
    '/_sim/recurring/charges/counts',
    { schema: { tags, summary: 'How many charges are in each status (of one unit, or of all)', querystring: Type.Object({ msn: Type.Optional(Type.String({ pattern: '^\\d{4,6}$' })) }) } },
    async (req) => ({ counts: await countCharges({ db: rt.store.db, msn: req.query.msn }) }),
  );
};
