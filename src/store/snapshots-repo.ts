// Snapshots of the simulated world: every world table's rows as JSON in one row of
// sim_snapshots, and putting them back.
import { sql } from 'kysely';
import type { DialectName, Queryable, Tx } from './db.js';
import type { SimSnapshotRow } from './tables/sim.js';
import { worldTables } from './world-tables.js';

type Rows = Record<string, Record<string, unknown>[]>;

export interface SnapshotInfo {
  name: string;
  takenAt: number;
  clockOffsetMs: number;
}

const info = (r: Pick<SimSnapshotRow, 'name' | 'taken_at' | 'clock_offset_ms'>): SnapshotInfo => ({
  name: r.name,
  takenAt: Number(r.taken_at),
  clockOffsetMs: Number(r.clock_offset_ms),
});

// Binary columns (a product order's PDF) survive JSON as base64.
const encode = (_k: string, v: unknown) =>
  v && typeof v === 'object' && (v as { type?: string }).type === 'Buffer' && Array.isArray((v as { data?: unknown }).data)
    ? { $base64: Buffer.from((v as { data: number[] }).data).toString('base64') }
    : v;
const decode = (_k: string, v: unknown) => (v && typeof v === 'object' && typeof (v as { $base64?: unknown }).$base64 === 'string' ? Buffer.from((v as { $base64: string }).$base64, 'base64') : v);

export async function saveSnapshot(tx: Tx, dialect: DialectName, s: { name: string; takenAt: number; clockOffsetMs: number }): Promise<SnapshotInfo> {
  const { ordered } = await worldTables(tx, dialect);
  const rows: Rows = {};
  for (const t of ordered) rows[t] = (await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(t)}`.execute(tx)).rows;
  const row = { name: s.name, taken_at: s.takenAt, clock_offset_ms: s.clockOffsetMs, data: JSON.stringify(rows, encode) };
  await tx
    .insertInto('sim_snapshots')
    .values(row)
    .onConflict((oc) => oc.column('name').doUpdateSet({ taken_at: row.taken_at, clock_offset_ms: row.clock_offset_ms, data: row.data }))
    .execute();
  return info(row);
}

export async function listSnapshots(db: Queryable): Promise<SnapshotInfo[]> {
  return (await db.selectFrom('sim_snapshots').select(['name', 'taken_at', 'clock_offset_ms']).orderBy('name').execute()).map(info);
}

export async function snapshotExists(db: Queryable, name: string): Promise<boolean> {
  return !!(await db.selectFrom('sim_snapshots').select('name').where('name', '=', name).executeTakeFirst());
}

export async function deleteSnapshot(db: Queryable, name: string): Promise<boolean> {
  const r = await db.deleteFrom('sim_snapshots').where('name', '=', name).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Replaces every world table's rows with the snapshot's; undefined when there is no such snapshot. */
export async function restoreSnapshotRows(tx: Tx, dialect: DialectName, name: string): Promise<SnapshotInfo | undefined> {
  const snap = await tx.selectFrom('sim_snapshots').selectAll().where('name', '=', name).executeTakeFirst();
  if (!snap) return undefined;
  const rows = JSON.parse(snap.data, decode) as Rows;
  const { ordered, serial } = await worldTables(tx, dialect);
  // Children first, so no foreign key points at a deleted row.
  for (const t of [...ordered].reverse()) await tx.deleteFrom(t as never).execute();
  for (const t of ordered) {
    const list = rows[t] ?? [];
    // A statement takes at most 32,766 (SQLite) or 65,535 (PostgreSQL) parameters.
    const columns = list[0] ? Object.keys(list[0]).length : 1;
    const chunk = Math.max(1, Math.floor(30_000 / columns));
    for (let i = 0; i < list.length; i += chunk) await tx.insertInto(t as never).values(list.slice(i, i + chunk) as never).execute();
  }
  for (const t of serial) {
    await sql`SELECT setval(pg_get_serial_sequence(${t}, 'id'), COALESCE((SELECT MAX(id) FROM ${sql.table(t)}), 0) + 1, false)`.execute(tx);
  }
  return info(snap);
}
