// Replaces a key set's secret and subscription keys. The old ones, and every token issued
// with them, stop working on the very next request.
import { generateCredentials, type Credentials } from '../domain/keys/generate-credentials.js';
import { sealCredentials } from '../security/seal-credentials.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Db } from '../store/db.js';
import { findKeySetById, replaceCredentials } from '../store/key-sets-repo.js';
import { notFound } from '../domain/errors.js';

export async function regenerateKeySet(o: { db: Db; box: SecretBox; keySetId: string; now: number }): Promise<Credentials> {
  const existing = await findKeySetById(o.db, o.keySetId);
  if (!existing) throw notFound(`No key set ${o.keySetId}.`);
  // The client id stays, as in the portal; the secret and both subscription keys change.
  const fresh = { ...generateCredentials(), clientId: existing.client_id };
  await replaceCredentials(o.db, o.keySetId, sealCredentials(o.box, fresh), o.now);
  return fresh;
}
