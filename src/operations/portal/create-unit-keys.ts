// "Create keys": a sales unit without API keys of its own gets a merchant key set.
import { randomUUID } from 'node:crypto';
import { conflict } from '../../domain/errors.js';
import { generateCredentials } from '../../domain/keys/generate-credentials.js';
import { sealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { insertKeyAudit } from '../../store/key-audit-repo.js';
import { insertKeySet } from '../../store/key-sets-repo.js';
import { findMerchantKeySet, lockUnitRow } from '../../store/portal-units-repo.js';
import type { CompanyAccess } from './access-of-person.js';
import { unitInReach } from './unit-in-reach.js';

export async function createUnitKeys(o: { db: Db; box: SecretBox; person: { nin: string; access: CompanyAccess }; msn: string; now: number }) {
  return o.db.transaction().execute(async (tx) => {
    const unit = await unitInReach(tx, o.person.access, o.msn);
    // Holding the unit's row lock, two people clicking at once cannot create two key sets.
    await lockUnitRow(tx, o.msn);
    if (await findMerchantKeySet(tx, o.msn)) throw conflict(`Sales unit ${o.msn} already has API keys. Show or regenerate them instead.`);
    const credentials = generateCredentials();
    const id = randomUUID();
    await insertKeySet(tx, {
      id,
      kind: 'merchant',
      partner_id: null,
      merchant_id: o.person.access.merchantId,
      msn: o.msn,
      ...sealCredentials(o.box, credentials),
      generation: 1,
      created_at: o.now,
      updated_at: o.now,
    });
    await insertKeyAudit(tx, { key_set_id: id, msn: o.msn, orgno: o.person.access.orgno, action: 'create', nin: o.person.nin, at: o.now });
    return { unit, credentials, updatedAt: o.now };
  });
}
