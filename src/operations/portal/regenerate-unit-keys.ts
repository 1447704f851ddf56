// "Regenerate": a sales unit's API keys are replaced; the old secret, subscription keys and
// every token issued with them stop working on the very next request. Recorded in the audit.
import { notFound } from '../../domain/errors.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { insertKeyAudit } from '../../store/key-audit-repo.js';
import { findMerchantKeySet, lockUnitRow } from '../../store/portal-units-repo.js';
import { regenerateKeySet } from '../regenerate-key-set.js';
import type { CompanyAccess } from './access-of-person.js';
import { unitInReach } from './unit-in-reach.js';

export async function regenerateUnitKeys(o: { db: Db; box: SecretBox; person: { nin: string; access: CompanyAccess }; msn: string; now: number }) {
  return o.db.transaction().execute(async (tx) => {
    const unit = await unitInReach(tx, o.person.access, o.msn);
    await lockUnitRow(tx, o.msn);
    const keySet = await findMerchantKeySet(tx, o.msn);
    if (!keySet) throw notFound(`Sales unit ${o.msn} has no API keys of its own to regenerate. Create them instead.`);
    const credentials = await regenerateKeySet({ db: tx, box: o.box, keySetId: keySet.id, now: o.now });
    await insertKeyAudit(tx, { key_set_id: keySet.id, msn: o.msn, orgno: o.person.access.orgno, action: 'regenerate', nin: o.person.nin, at: o.now });
    return { unit, credentials, updatedAt: o.now };
  });
}
