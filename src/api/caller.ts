// Who calls an API route: identified from the request's headers before validation
// (operations/access/identify-caller.ts decides), and read by handlers with requireActor.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor.js';
import { identifyCaller as identifyCallerOf } from '../operations/access/identify-caller.js';
import type { Runtime } from '../runtime.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the caller is identified (API routes). */
    actor: Actor | null;
    /** The sales unit this request acted on, for the request log and API quality. */
    logMsn: string | null;
    /** What the request made, when its id is only in the answer (a Recurring agreement), for the checklists. */
    logReference: string | null;
    /** The answer's payload as sent (API routes), for the inspector. */
    sentPayload: unknown;
  }
}

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * `subscriptionKeyOptional`: the Login API's partner calls send the access token without a
 * subscription key; one that is sent must still match.
 */
export async function identifyCaller(rt: Runtime, req: FastifyRequest, opts: { subscriptionKeyOptional?: boolean } = {}): Promise<Actor> {
  const actor = await identifyCallerOf({
    subscriptionKeyOptional: opts.subscriptionKeyOptional,
    db: rt.store.db,
    box: rt.box,
    signer: rt.signer,
    mode: rt.config.mode,
    now: rt.clock.now(),
    subscriptionKey: header(req, 'ocp-apim-subscription-key'),
    authorization: header(req, 'authorization'),
    msnHeader: header(req, 'merchant-serial-number'),
  });
  req.actor = actor;
  return actor;
}

/** The identified caller of a route behind `requireCaller`. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error(`${req.method} ${req.url}: no caller identified (register the route behind requireCaller)`);
  return req.actor;
}

/**
 * Every route registered inside `app` after this call requires an identified caller. It is
 * identified before the request is validated, as the API gateway does: a request without
 * valid credentials gets 401 whatever its body, and learns nothing about it.
 */
export function requireCaller(app: FastifyInstance, rt: Runtime): void {
  app.addHook('preValidation', async (req) => {
    await identifyCaller(rt, req);
  });
}

export function decorateCaller(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('logMsn', null);
  app.decorateRequest('logReference', null);
  app.decorateRequest('sentPayload', null);
}
