// The merchant behind a Login client and when the person consented to it: what the
// delegatedConsents claim names.
import type { Queryable } from '../../store/db.js';
import type { LoginMerchant } from '../../domain/login/scopes.js';
import { findLoginConsent } from '../../store/login-consents-repo.js';
import { loginClientNames } from './login-client-names.js';

export interface LoginMerchantOptions {
  db: Queryable;
  clientId: string;
  /** vpp's id of the person (the provider's accountId). */
  accountId: string;
  now: number;
}

export async function loginMerchantOf(o: LoginMerchantOptions): Promise<LoginMerchant> {
  const names = await loginClientNames({ db: o.db, clientIds: [o.clientId] });
  const consent = await findLoginConsent(o.db, o.accountId, o.clientId);
  return { name: names.get(o.clientId)?.name ?? o.clientId, consentedAt: consent?.grantedAt ?? o.now };
}
