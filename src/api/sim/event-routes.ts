// vpp's own onboarding event stream: a partner's test reads what happened to agreements and
// product orders (and the new MSN) from here instead of parsing emails. Named vpp.*: the
// real platform sends no webhooks for onboarding, and these do not pretend to be one.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { ONBOARDING_EVENT_NAMES } from '../../domain/sim/onboarding-events.js';
import { listOnboardingEventsFor } from '../../operations/sim/list-onboarding-events.js';

const Event = Type.Object({
  seq: Type.Integer({ description: 'Position in the stream: pass the last one seen as `after` to read on' }),
  // A string to TypeScript: the names are gathered at run time.
  type: Type.Unsafe<string>(Type.Union(ONBOARDING_EVENT_NAMES.map((n) => Type.Literal(n)))),
  at: Type.String({ format: 'date-time', description: 'Platform time' }),
  caseId: Type.String(),
  orgno: Type.String(),
  productOrderId: Type.Union([Type.String(), Type.Null()]),
  productType: Type.Union([Type.String(), Type.Null()]),
  partner: Type.Union([Type.String(), Type.Null()], { description: 'The partner that pre-filled the order' }),
  msn: Type.Union([Type.String(), Type.Null()], { description: 'The new sales unit (approved product orders)' }),
  text: Type.Union([Type.String(), Type.Null()]),
});
const Query = Type.Object({
  after: Type.Integer({ minimum: 0, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  orgno: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
  productOrderId: Type.Optional(Type.String({ maxLength: 36 })),
  partner: Type.Optional(Type.String({ maxLength: 100, description: "The partner's name" })),
});

export const simEventRoutes: FastifyPluginAsyncTypebox<{ rt: Runtime }> = async (app, { rt }) => {
  app.get(
    '/_sim/events',
    { schema: { tags: ['Simulation'], summary: "vpp's onboarding events (vpp.*), oldest first", querystring: Query, response: { 200: Type.Object({ events: Type.Array(Event), next: Type.Integer() }) } } },
    async (req) => {
      const q = req.query;
      const events = await listOnboardingEventsFor({ db: rt.store.db, ...q });
      return { events, next: events.length ? events[events.length - 1]!.seq : q.after };
    },
  );
};
