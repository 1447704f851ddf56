// Identifies the caller of an API request for the authorization model: verifies the
// token (its signature once, then from memory), reads the key set as it is right now,
// and lets domain/access decide.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/actor.js';
import type { KeySetView } from '../domain/access/key-set-view.js';
import { resolveActor } from '../domain/access/resolve-actor.js';
import { isTokenClaims } from '../domain/access/token-claims.js';
import type { KeyKind } from '../domain/world/world-schema.js';
import { findCallerKeySet, type CallerKeySet } from '../store/key-sets-repo.js';
import type { Runtime } from '../runtime.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once the caller is identified (API routes). */
    actor: Actor | null;
    /** The sales unit this request acted on, for the request log and API quality. */
    logMsn: string | null;
  }
}

export function toKeySetView(row: CallerKeySet): KeySetView {
  return {
    id: row.id,
    kind: row.kind as KeyKind,
    clientId: row.client_id,
    generation: row.generation,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    partnerLevel: row.partner_level,
    merchantId: row.merchant_id,
    merchantOrgno: row.merchant_orgno,
    msn: row.msn,
  };
}

const header = (req: FastifyRequest, name: string): string | undefined => {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/**
 * `subscriptionKeyOptional`: the Login API's partner calls send the access token without a
 * subscription key; one that is sent must still match.
 */
export async function identifyCaller(rt: Runtime, req: FastifyRequest, o: { subscriptionKeyOptional?: boolean } = {}): Promise<Actor> {
  const subscriptionKey = header(req, 'ocp-apim-subscription-key');
  const keyWaived = !subscriptionKey && o.subscriptionKeyOptional === true;
  const authorization = header(req, 'authorization');
  // The scheme is case-sensitive, as the platform documents.
  const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
  const raw = bearer ? rt.signer.verify(bearer) : null;
  const claims = raw && isTokenClaims(raw) ? raw : null;
  const row = claims ? await findCallerKeySet(rt.store.db, claims.ksid) : undefined;
  const matches = !!(row && subscriptionKey && rt.box.sentMatchesAny(subscriptionKey, [row.sub_primary_hash, row.sub_secondary_hash]));
  const actor = resolveActor({
    subscriptionKeySent: !!subscriptionKey || keyWaived,
    subscriptionKeyMatches: matches || (keyWaived && !!row),
    bearerSent: !!bearer,
    claims,
    keySet: row ? toKeySetView(row) : undefined,
    msnHeader: header(req, 'merchant-serial-number'),
    mode: rt.config.mode,
    nowMs: rt.clock.now(),
  });
  req.actor = actor;
  return actor;
}

/** Every route registered inside `app` after this call requires an identified caller. */
export function requireCaller(app: FastifyInstance, rt: Runtime): void {
  // Before schema validation: a caller without valid credentials learns nothing about the body.
  app.addHook('preValidation', async (req) => {
    await identifyCaller(rt, req);
  });
}

export function decorateCaller(app: FastifyInstance): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('logMsn', null);
}
