// Revokes one of a partner's key sets. Its secret and subscription keys are replaced by
// fresh ones nobody is shown, and its generation moves on, so the old credentials and
// every token issued with them fail on the next request on every node (the caller's key
// set is read per request; on SQLite its cached copy drops with the write).
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { conflict, notFound } from '../../domain/errors.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { findKeySetById, replaceCredentials } from '../../store/key-sets-repo.js';
import { markKeySetRevoked } from '../../store/partner-applications-repo.js';

export interface RevokePartnerKeySetOptions {
  db: Db;
  box: SecretBox;
  partnerId: string;
  keySetId: string;
  operator: string;
  now: number;
}

export async function revokePartnerKeySet(o: RevokePartnerKeySetOptions): Promise<void> {
  await o.db.transaction().execute(async (tx) => {
    const keySet = await findKeySetById(tx, o.keySetId);
    if (!keySet || keySet.partner_id !== o.partnerId) throw notFound(`Partner ${o.partnerId} has no key set ${o.keySetId}.`);
    if (!(await markKeySetRevoked(tx, { key_set_id: keySet.id, partner_id: o.partnerId, revoked_by: o.operator, revoked_at: o.now }))) {
      throw conflict(`Key set ${keySet.client_id} is revoked already.`);
    }
    const unknown = { ...generateCredentials(), clientId: keySet.client_id };
    await replaceCredentials(tx, keySet.id, sealCredentials(o.box, unknown), o.now);
  });
}
