// GET /health (is the database reachable?) and GET /metrics (Prometheus text).
import Type from 'typebox';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../../runtime.js';
import type { Metrics } from './metrics.js';

const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  database: Type.String(),
  mode: Type.String(),
  time: Type.String({ format: 'date-time' }),
});

export async function systemRoutes(app: FastifyInstance, { rt, metrics }: { rt: Runtime; metrics: Metrics }) {
  app.get('/health', { schema: { tags: ['System'], summary: 'Is this node and its database up?', response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    let database = 'ok';
    try {
      await sql`select 1`.execute(rt.store.db);
    } catch (err) {
      database = `unreachable: ${err instanceof Error ? err.message : String(err)}`;
    }
    const ok = database === 'ok';
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', database, mode: rt.config.mode, time: rt.clock.nowIso() });
  });

  app.get('/metrics', { schema: { tags: ['System'], summary: 'Prometheus metrics of this node', produces: ['text/plain'] } }, async (_req, reply) => {
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.render());
  });
}
