// The back office grants or withdraws a sales unit's payment permissions: the capture type,
// skipping the landing page, long-living payments. Each change goes to the unit's changelog.
import { conflict, invalid, notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { findUnitRow, insertUnitChanges, lockUnit, updateUnitPermissions } from '../../store/sales-units-repo.js';

export interface SetUnitPermissionsOptions {
  db: Db;
  msn: string;
  captureType: string;
  skipLandingPage: boolean;
  longLivingAllowed: boolean;
  /** The operator, for the changelog. */
  actor: string;
  now: number;
}

const GRANTABLE_CAPTURE_TYPES = ['ReserveCapture', 'DirectCapture'];

export async function setUnitPermissions(o: SetUnitPermissionsOptions): Promise<void> {
  if (!GRANTABLE_CAPTURE_TYPES.includes(o.captureType)) {
    throw invalid(`Capture type must be ReserveCapture or DirectCapture, not ${JSON.stringify(o.captureType)}.`, [{ name: 'captureType', reason: 'must be ReserveCapture or DirectCapture' }]);
  }
  await o.db.transaction().execute(async (tx) => {
    await lockUnit(tx, o.msn, o.now);
    const u = await findUnitRow(tx, o.msn);
    if (!u) throw notFound(`There is no sales unit with MSN ${o.msn}.`);
    if (u.payment_allowed !== 1) throw conflict(`Sales unit ${o.msn} is approved for login only, so it has no payment permissions to grant.`, 'Unit not approved for payments');
    const next = { capture_type: o.captureType, skip_landing_page: o.skipLandingPage ? 1 : 0, long_living_allowed: o.longLivingAllowed ? 1 : 0 };
    const changes = (Object.keys(next) as (keyof typeof next)[])
      .filter((k) => u[k] !== next[k])
      .map((k) => ({ msn: o.msn, field: FIELD[k], old_value: shown(u[k]), new_value: shown(next[k]), key_set_id: null, key_kind: null, changed_by: `${o.actor} (back office)`, channel: 'back office', at: o.now }));
    await updateUnitPermissions(tx, o.msn, { ...next, updated_at: o.now });
    await insertUnitChanges(tx, changes);
  });
}

const FIELD = { capture_type: 'captureType', skip_landing_page: 'skipLandingPageAllowed', long_living_allowed: 'longLivingPaymentsAllowed' } as const;
const shown = (v: string | number) => (typeof v === 'number' ? (v === 1 ? 'true' : 'false') : v);
