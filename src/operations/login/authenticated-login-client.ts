// The Login client whose credentials check out, for what vpp answers before the OpenID
// provider (which authenticates the client again on what it handles itself): the client
// must exist, send its secret the way it is registered to, and the secret must match.
import { timingSafeEqual } from 'node:crypto';
import type { LoginClient, TokenAuthMethod } from '../../domain/login/login-client.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findLoginClientKept } from '../../store/login-clients-repo.js';

export interface LoginClientCredentials {
  clientId: string;
  clientSecret: string;
  /** How the client sent its credentials. */
  authMethod: TokenAuthMethod;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export async function authenticatedLoginClient(db: Queryable, box: SecretBox, creds: LoginClientCredentials): Promise<LoginClient | undefined> {
  const client = await findLoginClientKept(db, creds.clientId);
  if (!client || client.tokenAuthMethod !== creds.authMethod) return undefined;
  return sameSecret(box.decryptKept(client.sealedSecret), creds.clientSecret) ? client : undefined;
}
