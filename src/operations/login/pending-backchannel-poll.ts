// Whether a CIBA poll is for a request nobody has answered yet, by a client whose secret
// checks out: the merchant's loop while the person has not confirmed. Such a poll is
// answered authorization_pending without the OpenID provider (which builds and validates
// the client and loads the whole request on every poll); anything else goes to it.
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { findBackchannelRequestState } from '../../store/login-oidc-models-repo.js';
import { authenticatedLoginClient, type LoginClientCredentials } from './authenticated-login-client.js';

export interface PendingBackchannelPollOptions extends LoginClientCredentials {
  db: Queryable;
  box: SecretBox;
  authReqId: string;
  now: number;
}

export async function isPendingBackchannelPoll(o: PendingBackchannelPollOptions): Promise<boolean> {
  const client = await authenticatedLoginClient(o.db, o.box, o);
  if (!client) return false;
  const request = await findBackchannelRequestState(o.db, o.authReqId, o.now);
  return !!request && request.clientId === client.clientId && !request.answered;
}
