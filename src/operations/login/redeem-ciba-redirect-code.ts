// The token endpoint's urn:vipps:params:grant-type:ciba-redirect: the code the browser
// brought back, used once, names the CIBA request whose tokens are issued.
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { useCibaRedirectCode } from '../../store/login-ciba-redirects-repo.js';

export interface RedeemCibaRedirectCodeOptions {
  db: Queryable;
  box: SecretBox;
  code: string;
  now: number;
}

export async function redeemCibaRedirectCode(o: RedeemCibaRedirectCodeOptions): Promise<string | undefined> {
  return (await useCibaRedirectCode(o.db, o.box.hash(o.code), o.now))?.authReqId;
}
