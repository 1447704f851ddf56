// The merchant (an admin) asks to move a sales unit to another partner. Nothing changes for
// the unit until the back office reconfigures it on the new partner's order.
import { randomUUID } from 'node:crypto';
import { conflict, invalid, type FieldProblem } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { isUniqueViolation } from '../../store/db-errors.js';
import { findPartner } from '../../store/partners-repo.js';
import { insertPartnerChange, insertUnitHistory } from '../../store/partner-changes-repo.js';
import type { CompanyAccess } from '../portal/access-of-person.js';
import { unitInReach } from '../portal/unit-in-reach.js';

export interface RequestPartnerChangeOptions {
  db: Db;
  admin: { nin: string; name: string; access: CompanyAccess };
  msn: string;
  toPartnerId: string;
  /** The admin ticked that the new partner will see every payment of the unit, also earlier ones. */
  understood: boolean;
  now: number;
}

export async function requestPartnerChange(o: RequestPartnerChangeOptions): Promise<string> {
  try {
    return await o.db.transaction().execute(async (tx) => {
      const unit = await unitInReach(tx, o.admin.access, o.msn);
      const problems: FieldProblem[] = [];
      const to = o.toPartnerId ? await findPartner(tx, o.toPartnerId) : undefined;
      if (!to) problems.push({ name: 'partner', reason: o.toPartnerId ? 'the partner chosen is not a partner of Vipps MobilePay; choose one from the list' : 'choose the new partner' });
      else if (to.id === unit.partnerId) problems.push({ name: 'partner', reason: `${to.name} is already the partner of this sales unit; choose another` });
      if (!o.understood) problems.push({ name: 'understood', reason: 'confirm that the new partner will see every payment of the unit, also those made before the change' });
      if (problems.length) throw invalid(`The request has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ${problems.map((p) => `${p.name} ${p.reason}`).join('; ')}.`, problems);
      const id = randomUUID();
      await insertPartnerChange(tx, {
        id,
        msn: o.msn,
        orgno: o.admin.access.orgno,
        from_partner_id: unit.partnerId,
        to_partner_id: to!.id,
        status: 'REQUESTED',
        open_msn: o.msn,
        requested_by: o.admin.nin,
        requested_at: o.now,
        order_reference: null,
        order_received_by: null,
        order_received_at: null,
        closed_by: null,
        closed_at: null,
        close_reason: null,
        updated_at: o.now,
      });
      await insertUnitHistory(tx, {
        msn: o.msn,
        event: 'partner-change-requested',
        detail: `Asked to move the unit from ${unit.partnerName ?? 'no partner'} to ${to!.name}.`,
        actor: o.admin.name,
        at: o.now,
      });
      return id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`Sales unit ${o.msn} already has an open partner change. Withdraw it first to ask for another partner.`);
    throw err;
  }
}
