// The RS256 key that signs access tokens: generated on first start, kept sealed in the
// database so every node (and every restart) signs and verifies with the same key.
import { randomUUID, type KeyObject } from 'node:crypto';
import { JwtSigner } from '../security/jwt.js';
import type { SecretBox } from '../security/secret-box.js';
import { generateSigningKey } from '../security/signing-key.js';
import type { Queryable } from '../store/db.js';
import { getOrInsertSetting, getSetting } from '../store/settings-repo.js';

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
  const existing = await getSetting(db, 'jwt_signing_key');
  // Several nodes starting at once each try to insert; the first one wins and all use it.
  const stored = existing ?? (await getOrInsertSetting(db, 'jwt_signing_key', await fresh(), now));
  const { kid, pem } = JSON.parse(stored) as { kid: string; pem: string };
  return new JwtSigner({ privateKeyPem: box.decrypt(pem), kid });
}
