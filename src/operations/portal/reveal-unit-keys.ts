// "Show keys": a developer sees a sales unit's API keys; every time is recorded with who
// and when, in the same transaction as the read.
import { notFound } from '../../domain/errors.js';
import type { Credentials } from '../../domain/keys/generate-credentials.js';
import { revealCredentials } from '../../security/seal-credentials.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { insertKeyAudit } from '../../store/key-audit-repo.js';
import { findMerchantKeySet } from '../../store/portal-units-repo.js';
import type { CompanyAccess } from './access-of-person.js';
import { unitInReach } from './unit-in-reach.js';

export async function revealUnitKeys(o: { db: Db; box: SecretBox; person: { nin: string; access: CompanyAccess }; msn: string; now: number }) {
  return o.db.transaction().execute(async (tx) => {
    const unit = await unitInReach(tx, o.person.access, o.msn);
    const keySet = await findMerchantKeySet(tx, o.msn);
    if (!keySet) throw notFound(`Sales unit ${o.msn} has no API keys of its own yet. Create them on the API keys page.`);
    await insertKeyAudit(tx, { key_set_id: keySet.id, msn: o.msn, orgno: o.person.access.orgno, action: 'reveal', nin: o.person.nin, at: o.now });
    const credentials: Credentials = revealCredentials(o.box, keySet);
    return { unit, credentials, updatedAt: keySet.updated_at };
  });
}
