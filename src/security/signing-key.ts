// The RS256 key that signs access tokens: generated on first start, kept sealed in the
// database so every node (and every restart) signs and verifies with the same key.
import { generateKeyPair, randomUUID, type KeyObject } from 'node:crypto';
import type { Queryable } from '../store/db.js';
import { getOrInsertSetting } from '../store/settings-repo.js';
import { JwtSigner } from './jwt.js';
import type { SecretBox } from './secret-box.js';

/** A new 2048-bit key, found in the thread pool (it takes a few hundred milliseconds). */
export function generateSigningKey(): Promise<KeyObject> {
  return new Promise<KeyObject>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (err, _publicKey, key) => (err ? reject(err) : resolve(key))),
  );
}

/**
 * The installation's signer: its stored key, or a new one stored now. `newKey` is one
 * already being generated (a new installation starts that early); unused if a key is stored.
 */
export async function loadSigningKey(o: { db: Queryable; box: SecretBox; now: number; newKey?: Promise<KeyObject> }): Promise<JwtSigner> {
  const { db, box, now } = o;
  const fresh = async () => {
    const privateKey = await (o.newKey ?? generateSigningKey());
    return JSON.stringify({ kid: randomUUID(), pem: box.encrypt(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) });
  };
  const existing = await db.selectFrom('settings').select('value').where('key', '=', 'jwt_signing_key').executeTakeFirst();
  // Several nodes starting at once each try to insert; the first one wins and all use it.
  const stored = existing?.value ?? (await getOrInsertSetting(db, 'jwt_signing_key', await fresh(), now));
  const { kid, pem } = JSON.parse(stored) as { kid: string; pem: string };
  return new JwtSigner({ privateKeyPem: box.decrypt(pem), kid });
}
