// The person withdraws what they shared with a merchant through Login: the next login
// asks again, and Userinfo no longer answers for the grants made under it.
import type { Db } from '../../store/db.js';
import { deleteLoginConsent } from '../../store/login-consents-repo.js';
import { revokeOidcGrantsOf } from '../../store/login-oidc-models-repo.js';

export interface WithdrawLoginConsentOptions {
  db: Db;
  sub: string;
  clientId: string;
}

export async function withdrawLoginConsent(o: WithdrawLoginConsentOptions): Promise<boolean> {
  return o.db.transaction().execute(async (tx) => {
    const had = await deleteLoginConsent(tx, o.sub, o.clientId);
    await revokeOidcGrantsOf(tx, o.sub, o.clientId);
    return had;
  });
}
