// The token endpoint's urn:vipps:params:grant-type:ciba-redirect: the code the browser
// brought back, used once, names the CIBA request whose tokens are issued. The client is
// authenticated first and the code is used only by the client that started the request,
// so a refused exchange (no or wrong credentials, another client's code) leaves it usable.
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { useCibaRedirectCode } from '../../store/login-ciba-redirects-repo.js';
import { authenticatedLoginClient, type LoginClientCredentials } from './authenticated-login-client.js';

export interface RedeemCibaRedirectCodeOptions {
  db: Queryable;
  box: SecretBox;
  /** The client's credentials as sent; undefined when missing or malformed. */
  creds: LoginClientCredentials | undefined;
  code: string;
  now: number;
}

export type RedeemedCibaRedirectCode = { authReqId: string } | { refused: 'invalid_client' | 'invalid_grant' };

export async function redeemCibaRedirectCode(o: RedeemCibaRedirectCodeOptions): Promise<RedeemedCibaRedirectCode> {
  const client = o.creds && (await authenticatedLoginClient(o.db, o.box, o.creds));
  if (!client) return { refused: 'invalid_client' };
  const used = await useCibaRedirectCode(o.db, { codeHash: o.box.hash(o.code), clientId: client.clientId, now: o.now });
  return used ? { authReqId: used.authReqId } : { refused: 'invalid_grant' };
}
