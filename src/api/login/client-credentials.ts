// A Login client's credentials as it sent them to the token endpoint: client_secret_basic
// (the Authorization header, each part form-encoded) or client_secret_post (the body);
// undefined when they are missing, malformed or sent both ways (oidc-provider says why).
import type { TokenAuthMethod } from '../../domain/login/login-client.js';

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  authMethod: TokenAuthMethod;
}

const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));

export function clientCredentials(authorization: string | undefined, form: URLSearchParams): ClientCredentials | undefined {
  const inBody = form.has('client_secret');
  if (authorization !== undefined) {
    if (inBody || !/^Basic /i.test(authorization)) return undefined;
    const decoded = Buffer.from(authorization.slice(6).trim(), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon <= 0) return undefined;
    try {
      const clientId = formDecode(decoded.slice(0, colon));
      const bodyId = form.get('client_id');
      if (bodyId !== null && bodyId !== clientId) return undefined;
      return { clientId, clientSecret: formDecode(decoded.slice(colon + 1)), authMethod: 'client_secret_basic' };
    } catch {
      return undefined;
    }
  }
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!clientId || !clientSecret) return undefined;
  return { clientId, clientSecret, authMethod: 'client_secret_post' };
}
