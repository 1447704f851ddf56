// An operator moves a partner to another level. Partner keys go with Partner Plus and
// Premium: moving down to Partner revokes them, and the partner keeps (or gets) management
// keys.
import { invalid, notFound } from '../../domain/errors.js';
import { levelAllowsPartnerKeys } from '../../domain/partner-journey/partner-level.js';
import { PARTNER_LEVELS } from '../../domain/world/world-schema.js';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { replaceCredentials } from '../../store/key-sets-repo.js';
import { markKeySetRevoked, partnerKeySets, setPartnerLevel } from '../../store/partner-applications-repo.js';
import { findPartner } from '../../store/partners-repo.js';
import { addPartnerKeySet } from './issue-partner-key-set.js';

export interface ChangePartnerLevelOptions {
  db: Db;
  box: SecretBox;
  partnerId: string;
  level: string;
  operator: string;
  now: number;
}

export async function changePartnerLevel(o: ChangePartnerLevelOptions): Promise<void> {
  if (!(PARTNER_LEVELS as readonly string[]).includes(o.level)) throw invalid(`Choose a level: ${PARTNER_LEVELS.join(', ')}.`, [{ name: 'level', reason: 'unknown level' }]);
  await o.db.transaction().execute(async (tx) => {
    const partner = await findPartner(tx, o.partnerId);
    if (!partner) throw notFound(`There is no partner ${o.partnerId}.`);
    await setPartnerLevel(tx, partner.id, o.level);
    if (levelAllowsPartnerKeys(o.level)) return;
    const keys = await partnerKeySets(tx, partner.id);
    for (const k of keys.filter((k) => k.kind === 'partner' && k.revoked_at == null)) {
      await markKeySetRevoked(tx, { key_set_id: k.id, partner_id: partner.id, revoked_by: o.operator, revoked_at: o.now });
      await replaceCredentials(tx, k.id, sealCredentials(o.box, { ...generateCredentials(), clientId: k.client_id }), o.now);
    }
    if (!keys.some((k) => k.kind === 'management' && k.revoked_at == null)) await addPartnerKeySet(tx, o.box, { id: partner.id, level: o.level }, 'management', o.now);
  });
}
