// Writes to sales units and their changelog.
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';
import type { SalesUnitRow } from './tables/foundation.js';
import type { SalesUnitChangeRow } from './tables/management.js';

/**
 * Takes the unit's row lock before reading it (a no-op update), so concurrent changes on
 * several nodes record the values they really replaced.
 */
export async function lockUnit(db: Queryable, msn: string, now: number): Promise<void> {
  await db.updateTable('sales_units').set({ updated_at: now }).where('msn', '=', msn).execute();
}

export function findUnitRow(db: Queryable, msn: string) {
  return db.selectFrom('sales_units').selectAll().where('msn', '=', msn).executeTakeFirst();
}

export async function updateUnit(db: Queryable, msn: string, set: Partial<Pick<SalesUnitRow, 'name' | 'logo' | 'status'>> & { updated_at: number }): Promise<void> {
  await db.updateTable('sales_units').set(set).where('msn', '=', msn).execute();
}

/** Sets the permissions payments consult (granted by the platform, never by the merchant). */
export async function updateUnitPermissions(
  db: Queryable,
  msn: string,
  set: Pick<SalesUnitRow, 'capture_type' | 'skip_landing_page' | 'long_living_allowed' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('sales_units').set(set).where('msn', '=', msn).execute();
}

export async function insertUnitChanges(db: Queryable, rows: Omit<SalesUnitChangeRow, 'id'>[]): Promise<void> {
  if (rows.length) await db.insertInto('sales_unit_changes').values(rows).execute();
}

const changesOf = cachedRead(
  prepared((db, msn: string) => db.selectFrom('sales_unit_changes').selectAll().where('msn', '=', msn).orderBy('id'), 1),
  ['sales_unit_changes'],
);

export function listUnitChanges(db: Queryable, msn: string) {
  return changesOf.all(db, msn);
}
