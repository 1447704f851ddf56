// A sales unit's Login client (the OpenID Connect client the merchant's site or app uses).
export const TOKEN_AUTH_METHODS = ['client_secret_basic', 'client_secret_post'] as const;
export type TokenAuthMethod = (typeof TOKEN_AUTH_METHODS)[number];

export interface LoginClient {
  clientId: string;
  msn: string;
  /** The client secret, sealed with the installation's SecretBox. */
  sealedSecret: string;
  redirectUris: string[];
  tokenAuthMethod: TokenAuthMethod;
}

/**
 * Why a redirect URI cannot be registered, or null. As on the platform: an absolute URL
 * without a fragment; custom schemes (myapp://) need a path; http only for localhost in tests.
 */
export function redirectUriProblem(uri: string): string | null {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    return `"${uri}" is not an absolute URL`;
  }
  if (u.hash) return `"${uri}" has a fragment (#…), which redirect URIs may not have`;
  if (u.protocol === 'javascript:' || u.protocol === 'data:') return `"${uri}" uses a scheme that cannot receive a redirect`;
  if ((u.protocol === 'http:' || u.protocol === 'https:') && !u.hostname) return `"${uri}" has no host`;
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && (u.pathname === '' || u.pathname === '/') && !u.host) {
    return `"${uri}" uses a custom scheme without a path; write it like myapp://path-to-something`;
  }
  return null;
}
