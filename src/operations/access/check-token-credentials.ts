// The key set a token request's credentials name, once they are right: the client id and
// secret, and a subscription key (any key set's, as the gateway checks it) as sent.
import { checkTokenRequest } from '../../domain/access/check-token-request.js';
import type { KeySetView } from '../../domain/access/key-set-view.js';
import type { Mode } from '../../domain/mode.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findKeySetByClientId, findKeySetBySubscriptionHash, keySetViewOf } from '../../store/key-sets-repo.js';

export interface CheckTokenCredentialsOptions {
  db: Queryable;
  box: SecretBox;
  mode: Mode;
  clientId?: string;
  clientSecret?: string;
  subscriptionKey?: string;
}

export async function checkTokenCredentials(o: CheckTokenCredentialsOptions): Promise<KeySetView> {
  const sub = o.subscriptionKey;
  const subRow = sub ? await findKeySetBySubscriptionHash(o.db, o.box.hashSent(sub)) : undefined;
  const row = o.clientId ? await findKeySetByClientId(o.db, o.clientId) : undefined;
  return checkTokenRequest({
    subscriptionKey: { sent: !!sub, knownKeySetId: subRow?.id ?? null },
    clientIdSent: !!o.clientId,
    clientSecretSent: !!o.clientSecret,
    keySet: row ? keySetViewOf(row) : undefined,
    secretMatches: !!(row && o.clientSecret && o.box.matches(o.clientSecret, row.client_secret_hash)),
    mode: o.mode,
  });
}
