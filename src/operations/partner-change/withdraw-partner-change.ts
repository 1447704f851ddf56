// The merchant (an admin covering the unit) withdraws an open partner change.
import { notFound } from '../../domain/errors.js';
import { coversUnit } from '../../domain/portal/permissions.js';
import type { Db } from '../../store/db.js';
import type { CompanyAccess } from '../portal/access-of-person.js';
import { stepPartnerChange } from './step-partner-change.js';

export async function withdrawPartnerChange(o: { db: Db; admin: { nin: string; name: string; access: CompanyAccess }; id: string; now: number }): Promise<void> {
  await o.db.transaction().execute((tx) =>
    stepPartnerChange(tx, {
      id: o.id,
      step: 'WITHDRAWN',
      guard: (c) => {
        if (c.orgno !== o.admin.access.orgno || !coversUnit(o.admin.access, c.msn)) throw notFound('There is no such partner change among those you have access to.');
      },
      set: { closed_by: o.admin.nin },
      history: { event: 'partner-change-withdrawn', detail: (c) => `Withdrew the request to move the unit to ${c.to_partner_name}.`, actor: o.admin.name },
      now: o.now,
    }),
  );
}
