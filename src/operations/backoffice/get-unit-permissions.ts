// A sales unit as the back office sees it to grant its permissions.
import { notFound } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import { findUnit } from '../../store/units-repo.js';

export interface GetUnitPermissionsOptions {
  db: Queryable;
  msn: string;
}

export interface UnitPermissionsView {
  msn: string;
  name: string;
  status: string;
  paymentAllowed: boolean;
  captureType: string;
  skipLandingPage: boolean;
  longLivingAllowed: boolean;
}

export async function getUnitPermissions(o: GetUnitPermissionsOptions): Promise<UnitPermissionsView> {
  const u = /^\d{5,6}$/.test(o.msn) ? await findUnit(o.db, o.msn) : undefined;
  if (!u) throw notFound(`There is no sales unit with MSN ${o.msn}.`);
  return {
    msn: u.msn,
    name: u.name,
    status: u.status,
    paymentAllowed: u.payment_allowed === 1,
    captureType: u.capture_type,
    skipLandingPage: u.skip_landing_page === 1,
    longLivingAllowed: u.long_living_allowed === 1,
  };
}
