// One pass of automatic processing: every queued case that has waited long enough on the
// platform clock is approved, declined or asked about, oldest first. Each decision is the
// same compare-and-set step an operator takes, so several nodes may run passes at once:
// a case another node decided first is skipped.
import { decideAutomatically } from '../../domain/backoffice/decide-automatically.js';
import { VppError } from '../../domain/errors.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { listQueuedSince } from '../../store/signup-cases-repo.js';
import { merchantOfOrg } from '../../store/signup-units-repo.js';
import { approveCase } from './approve-case.js';
import { automaticSettings } from './automatic-settings.js';
import { declineCase } from './decline-case.js';
import { requestInformation } from './request-information.js';

export const AUTOMATIC_ACTOR = 'Automatic processing';

export const AUTOMATIC_QUESTION =
  'Automatic processing asks, as the back office often does: please describe what you sell, and confirm that your website shows your organisation number and your terms and conditions.';

export async function processAutomatically(o: { db: Db; box: SecretBox; now: number; publicUrl: string; smtp: boolean; flagSeconds?: number }): Promise<{ decided: number }> {
  const rules = await automaticSettings(o.db, o.flagSeconds);
  if (rules.afterSeconds === null) return { decided: 0 };
  let decided = 0;
  for (const c of await listQueuedSince(o.db, o.now - rules.afterSeconds * 1000)) {
    const decision = decideAutomatically({ rules, orgno: c.orgno, queuedAt: c.queued_at, now: o.now, questionsAsked: c.questions_asked });
    // An order waits for its company's agreement to be approved first.
    if (decision === 'approve' && c.kind === 'product-order' && (await merchantOfOrg(o.db, c.orgno))?.status !== 'ACTIVE') continue;
    const ctx = { db: o.db, caseId: c.id, actor: AUTOMATIC_ACTOR, now: o.now, publicUrl: o.publicUrl, smtp: o.smtp };
    try {
      if (decision === 'approve') await approveCase({ ...ctx, box: o.box });
      else if (decision === 'decline') await declineCase({ ...ctx, reason: 'Automatic processing: the organisation number is on the decline list of the world file.' });
      else if (decision === 'request-information') await requestInformation({ ...ctx, question: AUTOMATIC_QUESTION });
      else continue;
      decided++;
    } catch (err) {
      // Another node or an operator decided it meanwhile.
      if (err instanceof VppError && err.kind === 'conflict') continue;
      throw err;
    }
  }
  return { decided };
}
