// Builds the HTTP server: logging with request ids, validation, one error path, metrics,
// the request log, and every API surface and page. This is the one place that registers
// surfaces; the hooks every request passes are in api/plugins/.
import type pino from 'pino';
import Fastify, { type FastifyInstance } from 'fastify';
import formbody from '@fastify/formbody';
import swagger from '@fastify/swagger';
import { polishOpenApi } from './api/openapi/polish-document.js';
import type { Runtime } from './runtime.js';
import { decorateCaller } from './api/caller.js';
import { installErrorHandling, sendError } from './api/error-handler.js';
import { validatorCompiler } from './api/validation.js';
import { notFound } from './domain/errors.js';
import { Metrics } from './api/system/metrics.js';
import { systemRoutes } from './api/system/routes.js';
import { simClockRoutes } from './api/sim/clock-routes.js';
import { accessTokenRoutes } from './api/access-token/routes.js';
import { openApiRoutes } from './api/openapi/routes.js';
import { homeRoutes } from './web/home/routes.js';
import { managementApi } from './api/management/index.js';
import { portal } from './web/portal/index.js';
import { backoffice } from './web/backoffice/index.js';
import { mailboxRoutes } from './web/mailbox/routes.js';
import './web/html-errors.js';
import { areaOfPage } from './web/area-of-page.js';
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
import { coalesceSocketWrites } from './api/http-tuning/coalesce-socket-writes.js';
import { installChecklistTraffic } from './api/checklist-traffic-hook.js';
import { installFaultsAndRateLimits } from './api/faults-and-rate-limits.js';
import { integrationChecklistApi, partnerApplicationApi } from './api/partner-journey/routes.js';
import { partnerPages } from './web/partners/routes.js';
import { DEFAULT_SERVER_LIMITS, type ServerLimits } from './api/http-tuning/server-limits.js';
import { serverOptions } from './api/http-tuning/server-options.js';
import { installRequestLog } from './api/plugins/request-log.js';
import { installResponseHeaders } from './api/plugins/response-headers.js';
import { installSystemHeadersCheck } from './api/plugins/system-headers-check.js';
import { installOperatorOnly } from './web/operator-only.js';
import { loginApi } from './api/login/index.js';
import { loginAppRoutes } from './web/app/login-routes.js';
import { installNamespaceRouting } from './namespaces/routing.js';
import { simNamespaceRoutes } from './api/sim/namespace-routes.js';

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
  const limits = { ...DEFAULT_SERVER_LIMITS, ...opts.limits };
  const app = Fastify({
    ...serverOptions(rt, { limits, logStream: opts.logStream }),
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
    transformObject: (doc) => ('openapiObject' in doc ? polishOpenApi(doc.openapiObject) : doc.swaggerObject),
  });

  // Hooks for every route: added before any route is declared.
  installResponseHeaders(app, limits);
  installSystemHeadersCheck(app);
  installOperatorOnly(app, rt);
  const metrics = new Metrics();
  installRequestLog(app, { rt, metrics });

  installChecklistTraffic(app, rt);
  installFaultsAndRateLimits(app, rt);

  // A browser asking for a missing page of the portal, back office, … gets that area's error page.
  app.setNotFoundHandler((req, reply) =>
    sendError(
      req,
      reply,
      notFound(`There is no ${req.method} ${req.url.split('?')[0]} in vpp. GET /openapi.json lists every route.`),
      rt.config.publicUrl,
      areaOfPage(req.url) && /text\/html/.test(req.headers.accept ?? '') ? 'html' : undefined,
    ),
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
