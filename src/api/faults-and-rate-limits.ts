// Two test controls on every API route: fault rules (latency, an error status, no answer)
// and the documented per-endpoint rate limits (429 with Retry-After). Faults act once the
// caller is known (so they can be scoped by partner and MSN) but before the request is
// validated: the platform's gateway fails before the API looks at the body. Rate limits
// count per the documented keys, so they act after validation. Neither lets the request
// change anything when it refuses.
import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler, preValidationAsyncHookHandler } from 'fastify';
import type { Socket } from 'node:net';
import { VppError } from '../domain/errors.js';
import { faultLabel, type FaultRule } from '../domain/sim/fault-rules.js';
import { checkRateLimit } from '../operations/sim/check-rate-limit.js';
import { pickRequestFault } from '../operations/sim/pick-request-fault.js';
import type { Runtime } from '../runtime.js';
import { errorFormat } from './error-format.js';
import { sendError } from './error-handler.js';
import { requestLogRow } from './request-log-row.js';

/** The longest a `timeout hold` fault keeps a connection without answering. */
export const HOLD_LIMIT_MS = 10 * 60_000;
/** Request-log statuses of answers never sent (nginx's codes): the client gave up; vpp closed. */
export const CLIENT_GAVE_UP = 499;
export const CLOSED_WITHOUT_ANSWER = 444;

const REASON: Record<number, string> = { 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout' };

export function installFaultsAndRateLimits(app: FastifyInstance, rt: Runtime): void {
  app.decorateRequest('fault', null);
  const held = new Set<Socket>();
  app.addHook('preClose', async () => {
    for (const s of held) s.destroy();
    held.clear();
  });

  const logUnanswered = (req: FastifyRequest, status: number, startedAt: number) => {
    const route = req.routeOptions.url ?? 'unmatched';
    rt.requestLog.record(requestLogRow(req, { api: req.routeOptions.config.api!, route, status, latencyMs: performance.now() - startedAt, at: rt.clock.now() }));
  };

  const applyFault = async (req: FastifyRequest, reply: FastifyReply, rule: FaultRule): Promise<boolean> => {
    const label = faultLabel(rule);
    req.fault = label;
    reply.header('x-vpp-fault', label);
    switch (rule.kind) {
      case 'latency':
        await new Promise((r) => setTimeout(r, rule.delayMs!));
        return false;
      case 'status': {
        const detail = `vpp answered ${rule.status} on purpose: fault rule ${rule.id} (DELETE /_sim/faults/${rule.id} removes it). The request was not carried out.`;
        if (rule.status === 429) {
          reply.header('retry-after', '1');
          sendError(req, reply, new VppError('rate_limited', detail), rt.config.publicUrl);
        } else sendFaultStatus(req, reply, rule.status!, detail, rt.config.publicUrl);
        return true;
      }
      case 'timeout': {
        const startedAt = performance.now();
        const socket = req.raw.socket;
        reply.hijack();
        if (rule.timeout === 'close') {
          logUnanswered(req, CLOSED_WITHOUT_ANSWER, startedAt);
          socket.destroy();
          return true;
        }
        // No answer: the connection stays open, past the idle limit, until the client gives up.
        held.add(socket);
        socket.setTimeout(0);
        const limit = setTimeout(() => socket.destroy(), HOLD_LIMIT_MS);
        limit.unref();
        socket.once('close', () => {
          clearTimeout(limit);
          held.delete(socket);
          logUnanswered(req, CLIENT_GAVE_UP, startedAt);
        });
        return true;
      }
      default:
        return false;
    }
  };

  // Route-level: it runs after the family's own preValidation hook that identifies the caller.
  const faultHook: preValidationAsyncHookHandler = async function (req, reply) {
    const actor = req.actor;
    const rule = await pickRequestFault({
      db: rt.store.db,
      target: { method: req.method, route: req.routeOptions.url ?? req.url, path: req.url.split('?')[0]!, msn: msnOf(req), partnerId: actor?.partnerId ?? null, partnerName: actor?.partnerName ?? null },
    });
    if (rule && (await applyFault(req, reply, rule))) return reply;
  };

  const limitHook: preHandlerAsyncHookHandler = async function (req, reply) {
    const route = req.routeOptions.url ?? req.url;
    const actor = req.actor;
    const msn = msnOf(req);
    const idem = req.headers['idempotency-key'];
    const verdict = await checkRateLimit({
      store: rt.store,
      now: rt.clock.now(),
      configured: rt.config.rateLimits,
      method: req.method,
      route,
      call: { msn, keySetId: actor?.keySetId ?? null, params: req.params, body: req.body, idempotencyKey: typeof idem === 'string' ? idem : null },
    });
    if (verdict.over) {
      reply.header('retry-after', String(verdict.retryAfterSeconds));
      const detail = `Too many ${verdict.name} calls: the limit is ${verdict.perMinute} a minute per ${verdict.per}. Retry after ${verdict.retryAfterSeconds} seconds.`;
      sendError(req, reply, new VppError('rate_limited', detail), rt.config.publicUrl);
      return reply;
    }
  };

  app.addHook('onRoute', (r) => {
    if (!r.config?.api || r.url.startsWith('/_sim')) return;
    if (rt.config.simulation) {
      const own = r.preValidation;
      r.preValidation = own ? [...(Array.isArray(own) ? own : [own]), faultHook] : [faultHook];
    }
    const own = r.preHandler;
    r.preHandler = own ? [...(Array.isArray(own) ? own : [own]), limitHook] : [limitHook];
  });
}

/** The unit a request is for: the caller's (or the one it names), else the header as sent. */
function msnOf(req: FastifyRequest): string | null {
  const header = req.headers['merchant-serial-number'];
  return req.actor?.requestedMsn ?? req.actor?.msn ?? (typeof header === 'string' ? header : null);
}

/** A 5xx in the route's own error format, as the platform's gateway or service would answer. */
function sendFaultStatus(req: FastifyRequest, reply: FastifyReply, status: number, detail: string, publicUrl: string): void {
  const wire = errorFormat(req.routeOptions.config?.errorFormat)(null, { requestId: req.id, method: req.method, url: req.url, publicUrl, api: req.routeOptions.config?.api });
  const patch = (o: unknown) => {
    if (!o || typeof o !== 'object') return;
    const b = o as Record<string, unknown>;
    if ('status' in b) b.status = status;
    if ('title' in b) b.title = REASON[status];
    if ('detail' in b) b.detail = detail;
    if ('errorMessage' in b) b.errorMessage = detail;
    if ('error_description' in b) b.error_description = detail;
  };
  if (Array.isArray(wire.body)) wire.body.forEach(patch);
  else patch(wire.body);
  if (wire.headers) reply.headers(wire.headers);
  const body = typeof wire.body === 'string' ? wire.body : JSON.stringify(wire.body);
  reply.code(status).type(wire.contentType).send(body);
}
