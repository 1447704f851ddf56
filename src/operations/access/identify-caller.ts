// Identifies the caller of an API request for the authorization model: verifies the
// token (its signature once, then from memory), reads the key set as it is right now,
// and lets domain/access decide.
import type { Actor } from '../../domain/access/actor.js';
import { resolveActor } from '../../domain/access/resolve-actor.js';
import { isTokenClaims } from '../../domain/access/token-claims.js';
import type { Mode } from '../../domain/mode.js';
import type { JwtSigner } from '../../security/jwt.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findCallerKeySet, keySetViewOf } from '../../store/key-sets-repo.js';

export interface IdentifyCallerOptions {
  db: Queryable;
  box: SecretBox;
  signer: JwtSigner;
  mode: Mode;
  now: number;
  /** The request's headers as sent (absent when not sent). */
  subscriptionKey?: string;
  authorization?: string;
  msnHeader?: string;
  /** The Login API's partner calls: no subscription key needed; one that is sent must match. */
  subscriptionKeyOptional?: boolean;
}

export async function identifyCaller(o: IdentifyCallerOptions): Promise<Actor> {
  // The scheme is case-sensitive, as the platform documents.
  const bearer = o.authorization?.startsWith('Bearer ') ? o.authorization.slice(7).trim() : undefined;
  const raw = bearer ? o.signer.verify(bearer) : null;
  const claims = raw && isTokenClaims(raw) ? raw : null;
  const row = claims ? await findCallerKeySet(o.db, claims.ksid) : undefined;
  const matches = !!(row && o.subscriptionKey && o.box.sentMatchesAny(o.subscriptionKey, [row.sub_primary_hash, row.sub_secondary_hash]));
  const keyWaived = !o.subscriptionKey && o.subscriptionKeyOptional === true;
  return resolveActor({
    subscriptionKeySent: !!o.subscriptionKey || keyWaived,
    subscriptionKeyMatches: matches || (keyWaived && !!row),
    bearerSent: !!bearer,
    claims,
    keySet: row ? keySetViewOf(row) : undefined,
    msnHeader: o.msnHeader,
    mode: o.mode,
    nowMs: o.now,
  });
}
