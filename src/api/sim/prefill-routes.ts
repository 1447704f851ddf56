// A pre-filled product order completed as the merchant would, for scripts.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { submitPrefillAsMerchant } from '../../operations/sim/submit-prefill-as-merchant.js';
import { Problem } from '../problem-schema.js';

const Params = Type.Object({ id: Type.String({ maxLength: 36, description: 'The prefilledOrderId' }) });
const Body = Type.Object(
  {
    values: Type.Optional(
      Type.Record(Type.String(), Type.String(), {
        description: "The portal form's inputs the merchant fills in, by name (salesUnitName, settlementBankAccount.id, intendedPurpose, pricePackageId, …); locked pre-filled fields stay",
      }),
    ),
  },
  { additionalProperties: false },
);

export const simPrefillRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/_sim/product-orders/:id/submit',
    {
      schema: {
        tags: ['Simulation'],
        summary: "Send a pre-filled product order as the merchant's CEO would in the portal",
        params: Params,
        // No body at all is the same as {} (the payment routes do the same).
        body: { ...Body, type: undefined },
        response: { 200: Type.Object({ prefilledOrderId: Type.String(), orgno: Type.String(), submittedBy: Type.String() }), 400: Problem, 404: Problem, 409: Problem },
      },
    },
    async (req) => {
      const { id } = req.params;
      const body = req.body ?? {};
      const r = await submitPrefillAsMerchant({ db: rt.store.db, orderId: id, values: body.values ?? {}, now: rt.clock.now() });
      rt.outbox.kick();
      return { prefilledOrderId: id, ...r };
    },
  );
};
