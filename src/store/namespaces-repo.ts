// The registry of namespaces in the main store, and what a new namespace's store takes from
// the main one: its settings (the sealed signing key, the master-key check; not the clock)
// and a snapshot row (the loaded world, restored into it).
import { sql } from 'kysely';
import type { Queryable } from './db.js';
import type { SimNamespaceRow } from './tables/sim.js';
import { CLOCK_EPOCH_KEY, CLOCK_OFFSET_KEY } from './clock-settings-repo.js';
import { isUniqueViolation } from './db-errors.js';

export type NamespaceEntry = SimNamespaceRow;

/** Adds a namespace; false when the name is taken. */
export async function registerNamespace(db: Queryable, row: NamespaceEntry): Promise<boolean> {
  try {
    await db.insertInto('sim_namespaces').values(row).execute();
    return true;
  } catch (err) {
    if (isUniqueViolation(err)) return false;
    throw err;
  }
}

export async function findNamespace(db: Queryable, name: string): Promise<NamespaceEntry | undefined> {
  return db.selectFrom('sim_namespaces').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function listNamespaces(db: Queryable): Promise<NamespaceEntry[]> {
  return db.selectFrom('sim_namespaces').selectAll().orderBy('name').execute();
}

export async function countNamespaces(db: Queryable): Promise<number> {
  const r = await db.selectFrom('sim_namespaces').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return Number(r?.n ?? 0);
}

export async function unregisterNamespace(db: Queryable, name: string): Promise<NamespaceEntry | undefined> {
  const found = await findNamespace(db, name);
  if (!found) return undefined;
  const r = await db.deleteFrom('sim_namespaces').where('name', '=', name).executeTakeFirst();
  return Number(r.numDeletedRows) > 0 ? found : undefined;
}

/** Copies the main store's settings into a new namespace's store, all but the clock. */
export async function copySettings(from: Queryable, to: Queryable): Promise<void> {
  const rows = await from.selectFrom('settings').selectAll().where('key', 'not in', [CLOCK_OFFSET_KEY, CLOCK_EPOCH_KEY]).execute();
  for (const r of rows) await to.insertInto('settings').values(r).onConflict((oc) => oc.column('key').doUpdateSet({ value: r.value })).execute();
}

/** Copies one snapshot row between stores; false when the source has none of that name. */
export async function copySnapshotRow(from: Queryable, to: Queryable, name: string): Promise<boolean> {
  const row = await from.selectFrom('sim_snapshots').selectAll().where('name', '=', name).executeTakeFirst();
  if (!row) return false;
  await to.insertInto('sim_snapshots').values(row).onConflict((oc) => oc.column('name').doUpdateSet({ taken_at: row.taken_at, clock_offset_ms: row.clock_offset_ms, data: row.data })).execute();
  return true;
}

/** PostgreSQL: throws a namespace's schema away. */
export async function dropSchema(db: Queryable, schema: string): Promise<void> {
  await sql`DROP SCHEMA IF EXISTS ${sql.id(schema)} CASCADE`.execute(db);
}
