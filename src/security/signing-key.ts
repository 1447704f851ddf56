// The RS256 key that signs access tokens (operations/load-signing-key.ts keeps it).
import { generateKeyPair, type KeyObject } from 'node:crypto';

/** A new 2048-bit key, found in the thread pool (it takes a few hundred milliseconds). */
export function generateSigningKey(): Promise<KeyObject> {
  return new Promise<KeyObject>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (err, _publicKey, key) => (err ? reject(err) : resolve(key))),
  );
}
