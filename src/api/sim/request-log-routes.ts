// The API request log, oldest first from a position: what `vpp logs --follow` polls.
import type { FastifyInstance } from 'fastify';
import Type from 'typebox';
import type { Runtime } from '../../runtime.js';
import { followRequestLog } from '../../operations/sim/follow-request-log.js';

const Query = Type.Object({
  after: Type.Optional(Type.Integer({ minimum: 0, description: 'Requests after this seq; without it, the latest `limit`' })),
  msn: Type.Optional(Type.String({ maxLength: 6 })),
  api: Type.Optional(Type.String({ maxLength: 40, description: 'An API family: accesstoken, epayment, webhooks, management, …' })),
  status: Type.Optional(Type.String({ pattern: '^[1-5](\\d\\d|xx)$', description: 'An exact status (404) or a class (4xx)' })),
  limit: Type.Integer({ minimum: 1, maximum: 1000, default: 100 }),
});
const Request = Type.Object({
  seq: Type.Integer(),
  id: Type.String({ description: 'The request id (X-Request-Id)' }),
  at: Type.String({ format: 'date-time', description: 'Platform time' }),
  api: Type.String(),
  method: Type.String(),
  path: Type.String(),
  status: Type.Integer(),
  latencyMs: Type.Number(),
  msn: Type.Union([Type.String(), Type.Null()]),
  owner: Type.Union([Type.String(), Type.Null()], { description: 'Whose keys' }),
  keyKind: Type.Union([Type.String(), Type.Null()]),
  fault: Type.Union([Type.String(), Type.Null()], { description: 'The fault a rule injected (as in X-Vpp-Fault); 499: the client gave up on a held request, 444: vpp closed the connection' }),
});

export async function simRequestLogRoutes(app: FastifyInstance, { rt }: { rt: Runtime }) {
  app.get(
    '/_sim/requests',
    { schema: { tags: ['Simulation'], summary: 'The API request log, oldest first (poll with after= to follow it)', querystring: Query, response: { 200: Type.Object({ requests: Type.Array(Request), next: Type.Integer() }) } } },
    async (req) => {
      const q = req.query as { after?: number; msn?: string; api?: string; status?: string; limit: number };
      let status: { from: number; to: number } | undefined;
      if (q.status) {
        const d = Number(q.status[0]);
        status = q.status.endsWith('xx') ? { from: d * 100, to: d * 100 + 99 } : { from: Number(q.status), to: Number(q.status) };
      }
      await rt.requestLog.flush();
      const rows = await followRequestLog({ db: rt.store.db, after: q.after, msn: q.msn, api: q.api, status, limit: q.limit });
      return {
        requests: rows.map((r) => ({
          seq: r.seq,
          id: r.id,
          at: new Date(Number(r.at)).toISOString(),
          api: r.api,
          method: r.method,
          path: r.path,
          status: r.status,
          latencyMs: Math.round(r.latency_ms * 10) / 10,
          msn: r.msn,
          owner: r.owner,
          keyKind: r.key_kind,
          fault: r.fault ?? null,
        })),
        next: rows.length ? rows[rows.length - 1]!.seq : (q.after ?? 0),
      };
    },
  );
}
