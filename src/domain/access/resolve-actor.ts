// Every API request: from the access token, the subscription key and the
// Merchant-Serial-Number header, decide who is calling, or refuse with the reason.
import type { Mode } from '../mode.js';
import { checkMsn } from '../identifiers.js';
import { forbidden, invalid, unauthenticated } from '../errors.js';
import type { Actor } from './actor.js';
import { ownerLabel, type KeySetView } from './key-set-view.js';
import type { TokenClaims } from './token-claims.js';

export interface ResolveActorOptions {
  subscriptionKeySent: boolean;
  /** Whether the subscription key sent is the primary or secondary key of `keySet`. */
  subscriptionKeyMatches: boolean;
  bearerSent: boolean;
  /** Claims of a token whose signature checked out; null when malformed or forged. */
  claims: TokenClaims | null;
  /** The key set named by the token, as it is now. */
  keySet: KeySetView | undefined;
  msnHeader: string | undefined;
  mode: Mode;
  nowMs: number;
}

export function resolveActor(o: ResolveActorOptions): Actor {
  if (!o.subscriptionKeySent) {
    throw unauthenticated('Access denied due to missing subscription key. Send your subscription key in the Ocp-Apim-Subscription-Key header.');
  }
  if (!o.bearerSent) {
    throw unauthenticated('Missing access token: send the header "Authorization: Bearer <token>" with a token from POST /accesstoken/get.');
  }
  if (!o.claims) {
    throw unauthenticated('The access token is not valid: it is malformed or was not issued by this platform. Fetch a new one from POST /accesstoken/get.');
  }
  const nowSec = Math.floor(o.nowMs / 1000);
  if (o.claims.exp <= nowSec) {
    throw unauthenticated(`The access token expired at ${new Date(o.claims.exp * 1000).toISOString()}. Fetch a new one from POST /accesstoken/get.`);
  }
  if (o.claims.nbf > nowSec + 60) {
    throw unauthenticated('The access token is not valid yet.');
  }
  if (!o.keySet || o.keySet.generation !== o.claims.gen) {
    throw unauthenticated('The access token was issued for API keys that have since been regenerated or removed. Fetch a new token with the current keys.');
  }
  if (!o.subscriptionKeyMatches) {
    throw unauthenticated('Access denied due to invalid subscription key: the Ocp-Apim-Subscription-Key must be a subscription key of the same key set the access token was issued to.');
  }
  const k = o.keySet;
  if (k.kind === 'partner' && o.mode === 'test') {
    throw forbidden('Partner keys only work in the production environment; this vpp runs in test mode. Use the merchant keys of the sales unit.');
  }
  let requestedMsn: string | null = null;
  if (o.msnHeader !== undefined && o.msnHeader !== '') {
    const why = checkMsn(o.msnHeader);
    if (why) throw invalid(`The Merchant-Serial-Number header ${why}.`, [{ name: 'Merchant-Serial-Number', reason: why }]);
    requestedMsn = o.msnHeader;
  }
  return {
    keySetId: k.id,
    kind: k.kind,
    clientId: k.clientId,
    partnerId: k.partnerId,
    partnerName: k.partnerName,
    merchantId: k.merchantId,
    msn: k.msn,
    requestedMsn,
    owner: ownerLabel(k),
  };
}
