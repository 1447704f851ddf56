// Whether a company has a merchant agreement: one signed in the portal (processing or
// active), or, for a merchant that came with the world file, the customer relationship
// it already has.
import type { Queryable } from '../../store/db.js';
import { liveAgreementOf } from '../../store/merchant-agreements-repo.js';
import { merchantOfOrg } from '../../store/signup-units-repo.js';

export type AgreementState = 'NONE' | 'PROCESSING' | 'ACTIVE';

export async function agreementStateOf(db: Queryable, orgno: string): Promise<{ state: AgreementState; agreementId: string | null }> {
  const live = await liveAgreementOf(db, orgno);
  if (live) return { state: live.status as AgreementState, agreementId: live.id };
  const merchant = await merchantOfOrg(db, orgno);
  return { state: merchant && merchant.status === 'ACTIVE' ? 'ACTIVE' : 'NONE', agreementId: null };
}
