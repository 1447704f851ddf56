// Whether a person already consented to every scope a merchant asks for now.
import type { Queryable } from '../../store/db.js';
import { findLoginConsent } from '../../store/login-consents-repo.js';
import { scopesToAsk } from '../../domain/login/login-consent.js';

export interface HasRememberedConsentOptions {
  db: Queryable;
  sub: string;
  clientId: string;
  scopes: string[];
}

export async function hasRememberedConsent(o: HasRememberedConsentOptions): Promise<boolean> {
  const consent = await findLoginConsent(o.db, o.sub, o.clientId);
  return !!consent && scopesToAsk(o.scopes, consent).length === 0;
}
