// Once the person has answered a CIBA request that ends in the browser, where the app opens
// the browser: the redirect URI with a one-time code (valid as long as an authorization
// code), or with error=access_denied when the person refused. Undefined for a request that
// the merchant polls for.
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { findCibaRedirect, setCibaRedirectCode } from '../../store/login-ciba-redirects-repo.js';

export const CIBA_REDIRECT_CODE_TTL_S = 300;

export interface SendCibaBrowserOptions {
  db: Queryable;
  box: SecretBox;
  authReqId: string;
  accepted: boolean;
  now: number;
}

export async function sendCibaBrowser(o: SendCibaBrowserOptions): Promise<string | undefined> {
  const r = await findCibaRedirect(o.db, o.authReqId);
  if (!r) return undefined;
  const to = new URL(r.redirect_uri);
  if (!o.accepted) {
    to.searchParams.set('error', 'access_denied');
    return to.href;
  }
  const code = randomBytes(32).toString('base64url');
  if (!(await setCibaRedirectCode(o.db, o.authReqId, o.box.hash(code), o.now + CIBA_REDIRECT_CODE_TTL_S * 1000))) return undefined;
  to.searchParams.set('code', code);
  return to.href;
}
