// The RS256 key that signs access tokens: generated on first start, kept sealed in the
// database so every node (and every restart) signs and verifies with the same key.
import { generateKeyPair, randomUUID, type KeyObject } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import { getOrInsertSetting } from '../store/settings-repo.js';
import { JwtSigner } from './jwt.js';
import type { SecretBox } from './secret-box.js';

export async function loadSigningKey(db: Queryable, box: SecretBox, now: number): Promise<JwtSigner> {
  // In the thread pool: a 2048-bit key takes a few hundred milliseconds to find.
  const fresh = async () => {
    const privateKey = await new Promise<KeyObject>((resolve, reject) =>
      generateKeyPair('rsa', { modulusLength: 2048 }, (err, _publicKey, key) => (err ? reject(err) : resolve(key))),
    );
    return JSON.stringify({ kid: randomUUID(), pem: box.encrypt(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) });
  };
  const existing = await db.selectFrom('settings').select('value').where('key', '=', 'jwt_signing_key').executeTakeFirst();
  // Several nodes starting at once each try to insert; the first one wins and all use it.
  const stored = existing?.value ?? (await getOrInsertSetting(db, 'jwt_signing_key', await fresh(), now));
  const { kid, pem } = JSON.parse(stored) as { kid: string; pem: string };
  return new JwtSigner({ privateKeyPem: box.decrypt(pem), kid });
}
