// Whether a CIBA poll is for a request nobody has answered yet, by a client whose secret
// checks out: the merchant's loop while the person has not confirmed. Such a poll is
// answered authorization_pending without the OpenID provider (which builds and validates
// the client and loads the whole request on every poll); anything else goes to it.
import { timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { findLoginClientKept } from '../../store/login-clients-repo.js';
import { findBackchannelRequestState } from '../../store/login-oidc-models-repo.js';
import type { TokenAuthMethod } from '../../domain/login/login-client.js';

export interface PendingBackchannelPollOptions {
  db: Queryable;
  box: SecretBox;
  clientId: string;
  clientSecret: string;
  /** How the client sent its credentials; it must be the way the client is registered to. */
  authMethod: TokenAuthMethod;
  authReqId: string;
  now: number;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function isPendingBackchannelPoll(o: PendingBackchannelPollOptions): Promise<boolean> {
  const client = await findLoginClientKept(o.db, o.clientId);
  if (!client || client.tokenAuthMethod !== o.authMethod) return false;
  if (!sameSecret(o.box.decryptKept(client.sealedSecret), o.clientSecret)) return false;
  const request = await findBackchannelRequestState(o.db, o.authReqId, o.now);
  return !!request && request.clientId === client.clientId && !request.answered;
}
