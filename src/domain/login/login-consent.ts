// A person's remembered answer to a merchant's Login request: the scopes they agreed to share.
export interface LoginConsent {
  sub: string;
  clientId: string;
  scopes: string[];
  grantedAt: number;
}

/** The scopes of a request the person has not consented to yet (openid needs no consent). */
export function scopesToAsk(requested: string[], consent: LoginConsent | undefined): string[] {
  const given = new Set(consent?.scopes ?? []);
  return requested.filter((s) => s !== 'openid' && !given.has(s));
}
