// The tables that make up the simulated world, in the order their foreign keys need, for
// snapshots: everything except the migrations' bookkeeping, the settings (signing key,
// master-key check, clock), the request log (a record of what happened, kept across a
// restore), the rate-limit counters (a window set ahead by a restore starts again), the
// snapshots themselves and the list of namespaces (each has its own world). Read from the
// database's catalogue, so tables added by later migrations are included without a list
// to maintain.
import { sql } from 'kysely';
import type { DialectName, Queryable } from './db.js';

const NOT_WORLD = /^(kysely_migration.*|settings|sim_snapshots|sim_namespaces|api_requests.*|rate_limit_counters|sqlite_.*)$/;

export interface WorldTables {
  /** Parents before children: the order to insert in (delete in reverse). */
  ordered: string[];
  /** PostgreSQL: tables whose `id` is drawn from a sequence (set past the restored rows). */
  serial: string[];
}

export async function worldTables(db: Queryable, dialect: DialectName): Promise<WorldTables> {
  let names: string[];
  let edges: { child: string; parent: string }[];
  let serial: string[] = [];
  if (dialect === 'sqlite') {
    names = (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table'`.execute(db)).rows.map((r) => r.name);
    edges = (
      await sql<{ child: string; parent: string }>`SELECT m.name AS child, f."table" AS parent FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`.execute(db)
    ).rows;
  } else {
    names = (
      await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'`.execute(db)
    ).rows.map((r) => r.name);
    edges = (
      await sql<{ child: string; parent: string }>`SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE k.contype = 'f' AND n.nspname = current_schema()`.execute(db)
    ).rows;
    serial = (
      await sql<{ name: string }>`SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = current_schema() AND column_name = 'id' AND column_default LIKE 'nextval%'`.execute(db)
    ).rows.map((r) => r.name);
  }
  const world = names.filter((n) => !NOT_WORLD.test(n)).sort();
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (t: string) => {
    if (seen.has(t)) return;
    seen.add(t);
    for (const e of edges) if (e.child === t && e.parent !== t && world.includes(e.parent)) visit(e.parent);
    ordered.push(t);
  };
  world.forEach(visit);
  return { ordered, serial: serial.filter((t) => world.includes(t)) };
}
