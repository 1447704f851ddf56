// Builds the HTTP server: logging with request ids, validation, one error path, metrics,
// the request log, and every API surface and page.
import { randomUUID } from 'node:crypto';
import type pino from 'pino';
import Fastify, { LogController, type onRequestHookHandler, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import type { Runtime } from './runtime.js';
import { decorateCaller } from './api/caller.js';
import { installErrorHandling, sendError } from './api/error-handler.js';
import { validatorCompiler } from './api/validation.js';
import { lazySchemaController } from './api/lazy-serializer.js';
import { invalid, notFound } from './domain/errors.js';
import { Metrics } from './api/system/metrics.js';
import { systemRoutes } from './api/system/routes.js';
import { simClockRoutes } from './api/sim/clock-routes.js';
import { accessTokenRoutes } from './api/access-token/routes.js';
import { SYSTEM_HEADER_NAMES } from './api/system-headers.js';
import { redactUrl } from './api/redact-url.js';
import { openApiRoutes } from './api/openapi/routes.js';
import { homeRoutes } from './web/home/routes.js';
import { managementApi } from './api/management/index.js';
import { portal } from './web/portal/index.js';
import { backoffice } from './web/backoffice/index.js';
import { mailboxRoutes } from './web/mailbox/routes.js';
import './web/html-errors.js';
import { partnerApi } from './api/partner-api/routes.js';
import { signupApiGone } from './api/signup/routes.js';
import { docsRoutes } from './web/docs/routes.js';
import { epaymentApi } from './api/epayment/index.js';
import { ecomApi } from './api/ecom/index.js';
import { ecomAppRoutes } from './web/app/ecom-routes.js';
import { simEcomRoutes } from './api/sim/ecom-routes.js';
import { recurringApi } from './api/recurring/index.js';
import { webhooksApi } from './api/webhooks/routes.js';
import { simPaymentRoutes } from './api/sim/payment-routes.js';
import { simRecurringRoutes } from './api/sim/recurring-routes.js';
import { simSnapshotRoutes } from './api/sim/snapshot-routes.js';
import { simBackofficeRoutes } from './api/sim/backoffice-routes.js';
import { simEventRoutes } from './api/sim/event-routes.js';
import { simPrefillRoutes } from './api/sim/prefill-routes.js';
import { simWebhookTriggerRoutes } from './api/sim/webhook-trigger-routes.js';
import { simRequestLogRoutes } from './api/sim/request-log-routes.js';
import { simFaultRoutes } from './api/sim/fault-routes.js';
import { faviconRoutes } from './web/favicon-routes.js';
import { installJobs } from './jobs/index.js';
import { payerAppRoutes } from './web/app/routes.js';
import { payerRecurringRoutes } from './web/app/recurring-routes.js';
import { inspectorRoutes } from './web/inspector/routes.js';
import { OPERATOR_ONLY_PREFIXES, requireOperatorSession } from './web/operator-only.js';
import { coalesceSocketWrites } from './api/coalesce-socket-writes.js';
import { installChecklistTraffic } from './api/checklist-traffic-hook.js';
import { installFaultsAndRateLimits } from './api/faults-and-rate-limits.js';
import { requestLogRow } from './api/request-log-row.js';
import { integrationChecklistApi, partnerApplicationApi } from './api/partner-journey/routes.js';
import { partnerPages } from './web/partners/routes.js';
import { clientErrorHandler, DEFAULT_SERVER_LIMITS, problemText, type ServerLimits } from './api/server-limits.js';
import { loginApi } from './api/login/index.js';
import { loginAppRoutes } from './web/app/login-routes.js';
import { installNamespaceRouting } from './namespaces/routing.js';
import { simNamespaceRoutes } from './api/sim/namespace-routes.js';

const REQUEST_ID = /^[\w.:-]{1,64}$/;

export interface BuildAppOptions {
  /** Where logs go; defaults to stdout. Tests pass a stream to inspect what is logged. */
  logStream?: pino.DestinationStream;
  /** Timeouts and size limits of the HTTP server (tests shorten them). */
  limits?: Partial<ServerLimits>;
}

export async function buildApp(main: Runtime, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  // With the simulation API, /ns/NAME/… reaches a namespace: every route plugin gets a
  // runtime that stands for the world the request is in (namespaces/scope.ts).
  const ns = main.config.simulation ? installNamespaceRouting(main) : undefined;
  const rt = ns?.scope.runtime ?? main;
  const logger: FastifyServerOptions['logger'] = {
    level: rt.config.logLevel,
    // A request is logged as method, URL (credentials in the query string blanked), host and
    // peer: never its headers or body, so no secret can reach the log.
    serializers: {
      req: (req: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
        method: req.method,
        url: redactUrl(req.url),
        host: req.host,
        remoteAddress: req.ip,
        remotePort: req.socket?.remotePort,
      }),
    },
    ...(opts.logStream ? { stream: opts.logStream } : {}),
  };
  const limits = { ...DEFAULT_SERVER_LIMITS, ...opts.limits };
  const app = Fastify({
    logger,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      maxHeaderSize: limits.maxHeaderBytes,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      // How often Node checks the two deadlines above (its default is every 30 s).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    clientErrorHandler: clientErrorHandler(limits),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    bodyLimit: 2 * 1024 * 1024, // room for a base64 logo
    // One log line per request (written in onResponse) instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    schemaController: lazySchemaController,
    ...(ns ? { rewriteUrl: ns.rewriteUrl } : {}),
  });
  // First of all hooks: the rest of a namespace's request runs in its world.
  ns?.addHooks(app);
  if (!rt.config.noCache) coalesceSocketWrites(app.server);
  app.setValidatorCompiler(validatorCompiler);
  decorateCaller(app);
  installErrorHandling(app, rt.config.publicUrl);

  // An empty body with Content-Type: application/json is no body, as the real APIs treat it.
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, undefined);
    parseJson(req, body as string, done);
  });
  await app.register(formbody);

  await app.register(swagger, {
    openapi: {
      info: { title: 'vpp — the Vipps MobilePay partner platform', version: '1.0.0', description: 'Every API vpp serves.' },
      servers: [{ url: rt.config.publicUrl }],
    },
  });

  // While stopping, answer requests with Connection: close, so their keep-alive sockets do
  // not hold the shutdown open.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  // Hooks on every request are callback-style: no promise per request.
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    if (closing) reply.header('connection', 'close');
    if (req.url.length > limits.maxUrlLength) {
      reply.code(414).type('application/problem+json').send(problemText(414, 'URI Too Long', `The request target is ${req.url.length} characters; vpp accepts at most ${limits.maxUrlLength}.`));
      return;
    }
    done();
  });
  // No page of vpp may be framed by another site (clickjacking a login or a key page).
  app.addHook('onSend', (_req, reply, payload, done) => {
    const type = reply.getHeader('content-type');
    if (typeof type === 'string' && type.startsWith('text/html')) {
      if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', "frame-ancestors 'none'");
    }
    done(null, payload);
  });
  // API routes check the system headers in a hook of their own, added as each is declared:
  // asking every request for its routeOptions (built anew on each access) showed in the profile.
  const checkSystemHeaders: onRequestHookHandler = (req, _reply, done) => {
    for (const name of SYSTEM_HEADER_NAMES) {
      const v = req.headers[name];
      if (typeof v === 'string' && v.length > 30) {
        const pretty = name.replace(/(^|-)(\w)/g, (_m, d: string, c: string) => d + c.toUpperCase());
        return done(invalid(`The ${pretty} header is ${v.length} characters; it may be at most 30.`, [{ name: pretty, reason: 'must be at most 30 characters' }]));
      }
    }
    done();
  };
  const operatorOnly = rt.config.operatorPagesLogin ? requireOperatorSession(rt) : undefined;
  app.addHook('onRoute', (route) => {
    if (operatorOnly && OPERATOR_ONLY_PREFIXES.some((p) => route.url === p || route.url.startsWith(`${p}/`))) {
      const own = route.preHandler;
      route.preHandler = own ? [operatorOnly, ...(Array.isArray(own) ? own : [own])] : [operatorOnly];
    }
    if (!route.config?.api) return;
    const own = route.onRequest;
    route.onRequest = own ? [checkSystemHeaders, ...(Array.isArray(own) ? own : [own])] : [checkSystemHeaders];
  });

  const metrics = new Metrics();
  app.addHook('onResponse', (req, reply, done) => {
    try {
      recordResponse(req, reply);
    } finally {
      done();
    }
  });
  const recordResponse = (req: FastifyRequest, reply: FastifyReply) => {
    // Fastify builds routeOptions anew on every access: read it once.
    const options = req.routeOptions;
    const route = options.url ?? 'unmatched';
    const seconds = reply.elapsedTime / 1000;
    req.log.info({ req, res: { statusCode: reply.statusCode }, responseTime: reply.elapsedTime }, 'request completed');
    metrics.observe(req.method, route, reply.statusCode, seconds);
    const api = options.config?.api;
    if (!api) return;
    rt.requestLog.record(requestLogRow(req, { api, route, status: reply.statusCode, latencyMs: reply.elapsedTime, at: rt.clock.now() }));
  };

  installChecklistTraffic(app, rt);
  installFaultsAndRateLimits(app, rt);

  app.setNotFoundHandler((req, reply) =>
    sendError(req, reply, notFound(`There is no ${req.method} ${req.url.split('?')[0]} in vpp. GET /openapi.json lists every route.`), rt.config.publicUrl),
  );

  await app.register(systemRoutes, { rt, metrics });
  await app.register(accessTokenRoutes, { rt });
  if (rt.config.simulation) await app.register(simClockRoutes, { rt });
  await app.register(epaymentApi, { rt });
  await app.register(ecomApi, { rt });
  await app.register(recurringApi, { rt });
  await app.register(webhooksApi, { rt });
  if (rt.config.simulation) await app.register(simPaymentRoutes, { rt });
  if (rt.config.simulation) await app.register(simEcomRoutes, { rt });
  if (rt.config.simulation) await app.register(simRecurringRoutes, { rt });
  if (rt.config.simulation) await app.register(simSnapshotRoutes, { rt });
  if (rt.config.simulation) await app.register(simBackofficeRoutes, { rt });
  if (rt.config.simulation) await app.register(simEventRoutes, { rt });
  if (rt.config.simulation) await app.register(simPrefillRoutes, { rt });
  if (rt.config.simulation) await app.register(simWebhookTriggerRoutes, { rt });
  if (rt.config.simulation) await app.register(simRequestLogRoutes, { rt });
  if (ns) await app.register(simNamespaceRoutes, { rt, namespaces: ns.namespaces });
  if (rt.config.simulation) await app.register(simFaultRoutes, { rt });
  await app.register(payerAppRoutes, { rt });
  await app.register(ecomAppRoutes, { rt });
  await app.register(payerRecurringRoutes, { rt });
  await app.register(loginApi, { rt });
  await app.register(loginAppRoutes, { rt });
  await app.register(inspectorRoutes, { rt });
  installJobs(app, main);
  // The test environment offers neither the Management API nor the Partner API.
  if (rt.config.mode === 'production') {
    await app.register(managementApi, { rt });
    await app.register(partnerApi, { rt });
  }
  await app.register(partnerApplicationApi, { rt });
  await app.register(integrationChecklistApi, { rt });
  await app.register(signupApiGone, { rt });
  await app.register(docsRoutes, { rt });
  await app.register(openApiRoutes);
  await app.register(homeRoutes, { rt });
  await app.register(portal, { rt });
  await app.register(backoffice, { rt });
  await app.register(mailboxRoutes, { rt });
  await app.register(partnerPages, { rt });
  await app.register(faviconRoutes);

  return app;
}
