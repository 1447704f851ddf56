// A fault rule as a partner writes it (simulation API, CLI, world file), and its check.
import Type, { type Static } from 'typebox';
import { invalid, type FieldProblem } from '../errors.js';
import type { FaultKind, FaultRule, TimeoutMode } from './fault-rules.js';

export const FaultRuleInputSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('latency'), Type.Literal('status'), Type.Literal('timeout'), Type.Literal('webhook-drop'), Type.Literal('webhook-delay'), Type.Literal('webhook-duplicate')], { description: 'What goes wrong: latency, status, timeout, webhook-drop, webhook-delay, webhook-duplicate' }),
    status: Type.Optional(Type.Union([Type.Literal(429), Type.Literal(500), Type.Literal(502), Type.Literal(503), Type.Literal(504)], { description: 'kind status: the status answered instead (the request changes nothing)' })),
    latencyMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 120_000, description: 'kind latency: milliseconds added before the answer' })),
    delaySeconds: Type.Optional(Type.Integer({ minimum: 1, maximum: 604_800, description: 'kind webhook-delay: platform seconds before the first attempt' })),
    timeout: Type.Optional(Type.Union([Type.Literal('hold'), Type.Literal('close')], { description: 'kind timeout: hold (no answer until the client gives up) or close (the connection is dropped)' })),
    partner: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Only calls with this partner’s keys (its id or name)' })),
    msn: Type.Optional(Type.String({ pattern: '^\\d{4,6}$', description: 'Only this sales unit' })),
    method: Type.Optional(Type.String({ pattern: '^(GET|POST|PUT|PATCH|DELETE)$', description: 'Only this HTTP method' })),
    route: Type.Optional(
      Type.String({ minLength: 1, maxLength: 200, description: 'Only this route pattern or path (`*` matches anything); for webhook kinds, event types such as epayments.payment.*' }),
    ),
    share: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'Share of matching requests hit (default 1: all)' })),
    times: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Hit at most this many times, then stop (default: no end)' })),
  },
  { additionalProperties: false },
);
export type FaultRuleInput = Static<typeof FaultRuleInputSchema>;

/** The rule's stored fields; throws `invalid` naming each field that does not fit the kind. */
export function faultRuleFromInput(i: FaultRuleInput): Omit<FaultRule, 'id' | 'createdAt'> {
  const kind = i.kind as FaultKind;
  const problems: FieldProblem[] = [];
  const need = (ok: boolean, name: string, reason: string) => {
    if (!ok) problems.push({ name, reason });
  };
  need(kind === 'status' ? i.status !== undefined : i.status === undefined, 'status', kind === 'status' ? 'is required for kind status (429, 500, 502, 503 or 504)' : `is only for kind status, not ${kind}`);
  need(kind === 'latency' ? i.latencyMs !== undefined : i.latencyMs === undefined, 'latencyMs', kind === 'latency' ? 'is required for kind latency' : `is only for kind latency, not ${kind}`);
  need(kind === 'webhook-delay' ? i.delaySeconds !== undefined : i.delaySeconds === undefined, 'delaySeconds', kind === 'webhook-delay' ? 'is required for kind webhook-delay' : `is only for kind webhook-delay, not ${kind}`);
  need(kind === 'timeout' || i.timeout === undefined, 'timeout', `is only for kind timeout, not ${kind}`);
  need(!kind.startsWith('webhook-') || i.method === undefined, 'method', 'does not apply to webhook deliveries (route names their event types)');
  if (problems.length) throw invalid(`The fault rule has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
  return {
    kind: kind,
    partner: i.partner ?? null,
    msn: i.msn ?? null,
    method: i.method ?? null,
    route: i.route ?? null,
    share: i.share ?? 1,
    remaining: i.times ?? null,
    status: (i.status as number | undefined) ?? null,
    delayMs: kind === 'latency' ? i.latencyMs! : kind === 'webhook-delay' ? i.delaySeconds! * 1000 : null,
    timeout: kind === 'timeout' ? ((i.timeout as TimeoutMode | undefined) ?? 'hold') : null,
  };
}

/** The rule as the simulation API shows it (the shape it was written in, plus its id). */
export function faultRuleView(r: FaultRule) {
  return {
    id: r.id,
    kind: r.kind,
    ...(r.status !== null ? { status: r.status } : {}),
    ...(r.kind === 'latency' ? { latencyMs: r.delayMs! } : {}),
    ...(r.kind === 'webhook-delay' ? { delaySeconds: Math.round(r.delayMs! / 1000) } : {}),
    ...(r.timeout !== null ? { timeout: r.timeout } : {}),
    ...(r.partner !== null ? { partner: r.partner } : {}),
    ...(r.msn !== null ? { msn: r.msn } : {}),
    ...(r.method !== null ? { method: r.method } : {}),
    ...(r.route !== null ? { route: r.route } : {}),
    share: r.share,
    ...(r.remaining !== null ? { remainingTimes: r.remaining } : {}),
  };
}
