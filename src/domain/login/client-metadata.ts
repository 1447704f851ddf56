// A Login client as OpenID Connect client metadata (what oidc-provider validates and uses).
import type { LoginClient } from './login-client.js';

export const CIBA_GRANT = 'urn:openid:params:grant-type:ciba';
/** Login from phone number with redirect to browser: the code the browser brought back. */
export const CIBA_REDIRECT_GRANT = 'urn:vipps:params:grant-type:ciba-redirect';

export function clientMetadata(c: LoginClient, secret: string): Record<string, unknown> {
  // Custom schemes (myapp://path) are native apps' redirect URIs.
  const native = c.redirectUris.some((u) => !/^https?:/i.test(u));
  return {
    client_id: c.clientId,
    client_secret: secret,
    redirect_uris: c.redirectUris,
    application_type: native ? 'native' : 'web',
    token_endpoint_auth_method: c.tokenAuthMethod,
    grant_types: ['authorization_code', CIBA_GRANT],
    response_types: ['code'],
    backchannel_token_delivery_mode: 'poll',
    msn: c.msn,
  };
}
