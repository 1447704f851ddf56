// After each answer: one log line, the metrics, and for API routes a row in the request log
// (what the inspector, API quality and the checklists read). One hook does all three so a
// request costs one hook call and one read of its route options.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../../runtime.js';
import type { Metrics } from '../system/metrics.js';

export function installRequestLog(app: FastifyInstance, o: { rt: Runtime; metrics: Metrics }): void {
  const { rt, metrics } = o;
  const recordResponse = (req: FastifyRequest, reply: FastifyReply) => {
    // Fastify builds routeOptions anew on every access: read it once.
    const options = req.routeOptions;
    const route = options.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    req.log.info({ req, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime }, 'request completed');
    metrics.observe(req.method, route, reply.statusCode, seconds);
    const api = options.config?.api;
    if (!api) return;
    const actor = req.actor;
    const h = req.headers as Record<string, string | undefined>;
    rt.requestLog.record({
      id: req.id,
      at: rt.clock.now(),
      api,
      method: req.method,
      route,
      path: req.url.split('?')[0]!,
      status: reply.statusCode,
      latency_ms: reply.elapsedTime,
      msn: req.logMsn ?? actor?.requestedMsn ?? actor?.msn ?? null,
      key_set_id: actor?.keySetId ?? null,
      key_kind: actor?.kind ?? null,
      owner: actor?.owner ?? null,
      system_name: h['vipps-system-name'] ?? null,
      system_version: h['vipps-system-version'] ?? null,
      plugin_name: h['vipps-system-plugin-name'] ?? null,
      plugin_version: h['vipps-system-plugin-version'] ?? null,
    });
  };
  app.addHook('onResponse', (req, reply, done) => {
    try {
      recordResponse(req, reply);
    } finally {
      done();
    }
  });
}
