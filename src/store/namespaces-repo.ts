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

const SCHEMA_NAME = /^ns_[a-z0-9_]{1,40}$/;

/**
 * PostgreSQL: makes schema `to` a copy of schema `from`, tables, indexes, constraints,
 * sequences and rows, in one statement run by the server (far quicker than migrating and
 * seeding a new schema). Both names are vpp's own (`ns_…`), checked before use.
 */
export async function cloneSchema(db: Queryable, from: string, to: string): Promise<void> {
  if (!SCHEMA_NAME.test(from) || !SCHEMA_NAME.test(to)) throw new Error(`not a namespace schema: ${from} → ${to}`);
  await sql
    .raw(
      `DO $clone$
DECLARE r record; seq text;
BEGIN
  -- Unqualified names in what is read back below would otherwise depend on the caller's path.
  SET LOCAL search_path = pg_catalog;
  EXECUTE format('CREATE SCHEMA %I', '${to}');
  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = '${from}' LOOP
    EXECUTE format('CREATE TABLE %I.%I (LIKE %I.%I INCLUDING ALL)', '${to}', r.tablename, '${from}', r.tablename);
    EXECUTE format('INSERT INTO %I.%I SELECT * FROM %I.%I', '${to}', r.tablename, '${from}', r.tablename);
  END LOOP;
  -- Serial ids: a sequence of the copy's own, past the copied rows.
  FOR r IN SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = '${to}' AND column_default LIKE 'nextval(%' LOOP
    seq := r.table_name || '_' || r.column_name || '_seq';
    EXECUTE format('CREATE SEQUENCE %I.%I OWNED BY %I.%I.%I', '${to}', seq, '${to}', r.table_name, r.column_name);
    EXECUTE format('ALTER TABLE %I.%I ALTER COLUMN %I SET DEFAULT nextval(%L)', '${to}', r.table_name, r.column_name, quote_ident('${to}') || '.' || quote_ident(seq));
    EXECUTE format('SELECT setval(%L, COALESCE((SELECT MAX(%I) FROM %I.%I), 0) + 1, false)', quote_ident('${to}') || '.' || quote_ident(seq), r.column_name, '${to}', r.table_name);
  END LOOP;
  -- Foreign keys (LIKE leaves them out), pointing at the copy's tables.
  FOR r IN SELECT c.conname, t.relname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
      JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
      WHERE n.nspname = '${from}' AND c.contype = 'f' LOOP
    EXECUTE format('ALTER TABLE %I.%I ADD CONSTRAINT %I %s', '${to}', r.relname, r.conname, replace(r.def, 'REFERENCES ${from}.', 'REFERENCES ${to}.'));
  END LOOP;
END
$clone$`,
    )
    .execute(db);
}
