// The keys of the OpenID provider: the RS256 key that signs ID tokens (published in the
// JWKS) and the keys that sign its cookies. Generated on first start and kept sealed in the
// database, so every node and every restart use the same ones.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { getOrInsertSetting, getSetting } from '../../store/settings-repo.js';

export interface LoginProviderKeys {
  /** Private JWKs (oidc-provider publishes their public halves). */
  signingKeys: Record<string, unknown>[];
  cookieKeys: string[];
}

export interface LoadLoginProviderKeysOptions {
  db: Queryable;
  box: SecretBox;
  now: number;
}

async function sealedSetting(o: LoadLoginProviderKeysOptions, key: string, make: () => string): Promise<string> {
  const stored = (await getSetting(o.db, key)) ?? (await getOrInsertSetting(o.db, key, o.box.encrypt(make()), o.now));
  return o.box.decrypt(stored);
}

export async function loadLoginProviderKeys(o: LoadLoginProviderKeysOptions): Promise<LoginProviderKeys> {
  const jwk = await sealedSetting(o, 'login_signing_jwk', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    return JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid: `public:${randomUUID()}`, alg: 'RS256', use: 'sig' });
  });
  const cookie = await sealedSetting(o, 'login_cookie_key', () => randomBytes(32).toString('base64url'));
  return { signingKeys: [JSON.parse(jwk) as Record<string, unknown>], cookieKeys: [cookie] };
}
