// Issues a partner its own key set: partner keys where its level allows them, management
// keys otherwise (partner-keys.md).
import { randomUUID } from 'node:crypto';
import { forbidden, invalid, notFound } from '../../domain/errors.js';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { levelAllowsPartnerKeys } from '../../domain/partner-journey/partner-level.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db, Queryable } from '../../store/db.js';
import { insertKeySet } from '../../store/key-sets-repo.js';
import { findPartner } from '../../store/partners-repo.js';

export type PartnerKeyKind = 'partner' | 'management';

/** In the caller's transaction: a new key set of this kind for the partner. */
export async function addPartnerKeySet(tx: Queryable, box: SecretBox, partner: { id: string; level: string }, kind: PartnerKeyKind, now: number): Promise<string> {
  if (kind === 'partner' && !levelAllowsPartnerKeys(partner.level)) {
    throw forbidden(`A ${partner.level} uses management keys and its merchants' own keys; partner keys come with Partner Plus and Partner Premium.`);
  }
  const id = randomUUID();
  await insertKeySet(tx, { id, kind, partner_id: partner.id, merchant_id: null, msn: null, ...sealCredentials(box, generateCredentials()), generation: 1, created_at: now, updated_at: now });
  return id;
}

export interface IssuePartnerKeySetOptions {
  db: Db;
  box: SecretBox;
  partnerId: string;
  kind: string;
  now: number;
}

export async function issuePartnerKeySet(o: IssuePartnerKeySetOptions): Promise<string> {
  if (o.kind !== 'partner' && o.kind !== 'management') throw invalid('Issue partner keys or management keys.', [{ name: 'kind', reason: 'must be partner or management' }]);
  return o.db.transaction().execute(async (tx) => {
    const partner = await findPartner(tx, o.partnerId);
    if (!partner) throw notFound(`There is no partner ${o.partnerId}.`);
    return addPartnerKeySet(tx, o.box, partner, o.kind as PartnerKeyKind, o.now);
  });
}
