// Test controls through the simulation API: fault rules (added, listed, removed) and the
// switch of the documented rate limits.
import type { FastifyInstance } from 'fastify';
import Type, { type Static } from 'typebox';
import type { Runtime } from '../../runtime.js';
import { FaultRuleInputSchema, faultRuleView, type FaultRuleInput } from '../../domain/sim/fault-rule-input.js';
import { RATE_LIMITS } from '../../domain/sim/rate-limits.js';
import { addFaultRule } from '../../operations/sim/add-fault-rule.js';
import { listFaultRulesOf } from '../../operations/sim/list-fault-rules.js';
import { removeFaultRules } from '../../operations/sim/remove-fault-rules.js';
import { rateLimitsOn } from '../../operations/sim/check-rate-limit.js';
import { setRateLimits } from '../../operations/sim/set-rate-limits.js';
import { Problem as SimProblem } from '../problem-schema.js';

const tags = ['Simulation'];
const Rule = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    status: Type.Optional(Type.Integer()),
    latencyMs: Type.Optional(Type.Integer()),
    delaySeconds: Type.Optional(Type.Integer()),
    timeout: Type.Optional(Type.String()),
    partner: Type.Optional(Type.String()),
    msn: Type.Optional(Type.String()),
    method: Type.Optional(Type.String()),
    route: Type.Optional(Type.String()),
    share: Type.Number(),
    remainingTimes: Type.Optional(Type.Integer({ description: 'Hits left before the rule stops' })),
  },
  { description: 'A fault rule; the answers it changes carry X-Vpp-Fault, and the request log marks them' },
);
const IdParams = Type.Object({ id: Type.String({ maxLength: 40 }) });
const RateLimits = Type.Object({
  enabled: Type.Boolean(),
  setBy: Type.String({ description: 'flag (--rate-limits), setting (world file or this API) or default' }),
  limits: Type.Array(Type.Object({ method: Type.String(), route: Type.String(), name: Type.String(), perMinute: Type.Integer(), per: Type.String() })),
});
const Switch = Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false });

export async function simFaultRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  app.get('/_sim/faults', { schema: { tags, summary: 'The fault rules in force, in the order they are tried', response: { 200: Type.Object({ faults: Type.Array(Rule) }) } } }, async () => ({
    faults: (await listFaultRulesOf({ db: rt.store.db })).map(faultRuleView),
  }));

  app.post(
    '/_sim/faults',
    { schema: { tags, summary: 'Add a fault rule: latency, an error status, no answer, or webhook deliveries dropped, delayed or duplicated', body: FaultRuleInputSchema, response: { 201: Rule, 400: SimProblem } } },
    async (req, reply) => {
      const rule = await addFaultRule({ store: rt.store, input: req.body as FaultRuleInput, now: rt.clock.now() });
      return reply.code(201).send(faultRuleView(rule));
    },
  );

  app.delete('/_sim/faults', { schema: { tags, summary: 'Remove every fault rule', response: { 200: Type.Object({ removed: Type.Integer() }) } } }, async () => ({
    removed: await removeFaultRules({ db: rt.store.db }),
  }));

  app.delete(
    '/_sim/faults/:id',
    { schema: { tags, summary: 'Remove one fault rule', params: IdParams, response: { 204: Type.Null(), 404: SimProblem } } },
    async (req, reply) => {
      await removeFaultRules({ db: rt.store.db, id: (req.params as Static<typeof IdParams>).id });
      return reply.code(204).send();
    },
  );

  const limitsView = async () => ({
    enabled: await rateLimitsOn(rt.store, rt.config.rateLimits),
    setBy: rt.config.rateLimits !== undefined ? 'flag' : 'setting',
    limits: Object.entries(RATE_LIMITS).map(([k, l]) => {
      const [method, route] = k.split(' ') as [string, string];
      return { method, route, name: l.name, perMinute: l.perMinute, per: l.per };
    }),
  });

  app.get('/_sim/rate-limits', { schema: { tags, summary: 'Whether the documented rate limits apply, and the limits', response: { 200: RateLimits } } }, limitsView);

  app.put(
    '/_sim/rate-limits',
    { schema: { tags, summary: 'Switch the documented rate limits on or off on every node', body: Switch, response: { 200: RateLimits, 409: SimProblem } } },
    async (req) => {
      await setRateLimits({ store: rt.store, enabled: (req.body as Static<typeof Switch>).enabled, configured: rt.config.rateLimits, now: rt.clock.now() });
      return limitsView();
    },
  );
}
