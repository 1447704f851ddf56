// After each answer: one log line, the metrics, and for API routes a row in the request log
// with its headers and bodies (what the inspector, API quality and the checklists read).
// One hook does all three so a request costs one hook call and one read of its route options.
import type { FastifyInstance, FastifyReply, FastifyRequest, onSendHookHandler } from 'fastify';
import type { Runtime } from '../../runtime.js';
import type { Metrics } from '../system/metrics.js';
import { requestLogRow } from '../request-log-row.js';
import { redactUrl } from '../redact-url.js';

const keepPayload: onSendHookHandler = (req, _reply, payload, done) => {
  req.sentPayload = payload;
  done(null, payload);
};

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
    rt.requestLog.record(requestLogRow(req, { api, route, status: reply.statusCode, latencyMs: reply.elapsedTime, at: rt.clock.now() }), {
      url: redactUrl(req.url), // a secret in the query string stays out of the log too
      requestHeaders: req.headers,
      requestBody: req.body,
      responseHeaders: reply.getHeaders(),
      responsePayload: req.sentPayload,
    });
  };
  // API routes keep the answer as sent, for the inspector (redacted when the log is
  // written, not here); a hook of each API route's own, as the route is declared.
  app.addHook('onRoute', (route) => {
    if (!route.config?.api) return;
    const own = route.onSend;
    route.onSend = own ? [...(Array.isArray(own) ? own : [own]), keepPayload] : [keepPayload];
  });
  app.addHook('onResponse', (req, reply, done) => {
    try {
      recordResponse(req, reply);
    } finally {
      done();
    }
  });
}
