// Whether a CIBA request existed and ran out of time (on vpp's clock) before it was answered.
import type { Queryable } from '../../store/db.js';
import { oidcModelExpired } from '../../store/login-oidc-models-repo.js';

export interface BackchannelRequestExpiredOptions {
  db: Queryable;
  authReqId: string;
  now: number;
}

export async function backchannelRequestExpired(o: BackchannelRequestExpiredOptions): Promise<boolean> {
  return oidcModelExpired(o.db, 'BackchannelAuthenticationRequest', o.authReqId, o.now);
}
