// Shows one of the partner's own key sets to a person who may develop for it.
import { notFound } from '../../domain/errors.js';
import { revealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findKeySetById } from '../../store/key-sets-repo.js';
import { partnerOfPerson } from './partner-of-person.js';

export interface RevealPartnerKeysOptions {
  db: Queryable;
  box: SecretBox;
  nin: string;
  orgno: string;
  keySetId: string;
}

export async function revealPartnerKeys(o: RevealPartnerKeysOptions) {
  const { partner } = await partnerOfPerson(o.db, o.nin, o.orgno, 'DEVELOPER');
  const row = await findKeySetById(o.db, o.keySetId);
  const revoked = await o.db.selectFrom('revoked_key_sets').select('key_set_id').where('key_set_id', '=', o.keySetId).executeTakeFirst();
  if (!row || row.partner_id !== partner.id || revoked) throw notFound(`${partner.name} has no key set ${o.keySetId}.`);
  return { kind: row.kind, credentials: revealCredentials(o.box, row) };
}
