// The sales unit an eCom call acts for: authorized like every payment API, and the MSN in
// merchantInfo.merchantSerialNumber must be that unit (partner keys name it in the header).
import type { Actor } from '../../domain/access/actor.js';
import { ecomError } from '../../domain/ecom/errors.js';
import type { Queryable } from '../../store/db.js';
import type { UnitFacts } from '../../store/units-repo.js';
import { actingUnit } from '../access/acting-unit.js';

export interface EcomUnitOptions {
  db: Queryable;
  actor: Actor;
  /** merchantInfo.merchantSerialNumber of the body, when the call has one. */
  bodyMsn?: string;
  onMsn?: (msn: string) => void;
}

export async function ecomUnit(o: EcomUnitOptions): Promise<UnitFacts> {
  const unit = await actingUnit({ db: o.db, actor: o.actor, onMsn: o.onMsn });
  if (o.bodyMsn !== undefined && o.bodyMsn !== unit.msn) {
    throw ecomError(
      'validation',
      'InvalidRequest',
      'merchantSerialNumber',
      `merchantInfo.merchantSerialNumber is ${o.bodyMsn}, but this call acts for MSN ${unit.msn} (the Merchant-Serial-Number header, or the merchant keys' own unit). Send the same MSN in both.`,
    );
  }
  return unit;
}
