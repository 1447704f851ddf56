// The person agreed to share these scopes with the merchant: remembered (with what they
// agreed to before), so the next login with the same scopes does not ask again.
import type { Db } from '../../store/db.js';
import { findLoginConsent, saveLoginConsent } from '../../store/login-consents-repo.js';

export interface RememberLoginConsentOptions {
  db: Db;
  sub: string;
  clientId: string;
  scopes: string[];
  now: number;
}

export async function rememberLoginConsent(o: RememberLoginConsentOptions): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const before = await findLoginConsent(tx, o.sub, o.clientId);
    const scopes = [...new Set([...(before?.scopes ?? []), ...o.scopes.filter((s) => s !== 'openid')])];
    await saveLoginConsent(tx, { sub: o.sub, clientId: o.clientId, scopes, grantedAt: o.now });
  });
}
