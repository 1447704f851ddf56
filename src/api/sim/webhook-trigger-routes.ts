// Webhook controls for scripts: fire a documented event for a payment, send a delivery again.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { triggerWebhookEvent } from '../../operations/webhooks/trigger-webhook-event.js';
import { resendDelivery } from '../../operations/webhooks/resend-delivery.js';
import { EPAYMENT_EVENT_TYPES } from '../../domain/webhooks/event-types.js';
import { Problem } from '../problem-schema.js';

const tags = ['Simulation'];
const TriggerBody = Type.Object(
  {
    msn: Type.String({ pattern: '^\\d{4,6}$' }),
    reference: Type.String({ pattern: '^[a-zA-Z0-9-]{8,50}$', description: 'The payment the event is about' }),
    eventType: Type.String({ maxLength: 100, description: `A documented event type: ${Object.values(EPAYMENT_EVENT_TYPES).join(', ')}` }),
  },
  { additionalProperties: false },
);

export const simWebhookTriggerRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.post(
    '/_sim/webhooks/trigger',
    {
      schema: {
        tags,
        summary: "Fire a webhook event for a payment (the payment itself does not change)",
        body: TriggerBody,
        response: { 200: Type.Object({ eventId: Type.String(), deliveries: Type.Integer({ description: 'How many webhooks will receive it' }) }), 400: Problem, 404: Problem },
      },
    },
    async (req) => {
      const r = await triggerWebhookEvent({ db: rt.store.db, ...req.body, now: rt.clock.now() });
      rt.outbox.kick();
      return r;
    },
  );

  app.post(
    '/_sim/webhooks/deliveries/:id/resend',
    {
      schema: {
        tags,
        summary: 'Send a delivery again (same event id and body) to its webhook',
        params: Type.Object({ id: Type.String({ maxLength: 36 }) }),
        response: { 200: Type.Object({ id: Type.String({ description: 'The new delivery' }), resentFrom: Type.String(), url: Type.String() }), 404: Problem },
      },
    },
    async (req) => {
      const r = await resendDelivery({ db: rt.store.db, deliveryId: req.params.id, now: rt.clock.now() });
      rt.outbox.kick();
      return r;
    },
  );
};
