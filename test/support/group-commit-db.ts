// A scratch SQLite file behind the group-commit driver, with two small tables, for the
// driver's own tests; `readCommitted` reads what another connection sees as committed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { GroupCommitSqliteDialect } from '../../src/store/sqlite/group-commit.js';

export interface ItemTables {
  item: { id: number; label: string };
  child: { id: number; item_id: number };
}

export async function openGroupCommitDb() {
  const dir = mkdtempSync(join(tmpdir(), 'vpp-group-commit-'));
  const file = join(dir, 'db.sqlite');
  const raw = new Database(file);
  raw.pragma('journal_mode = WAL');
  raw.pragma('foreign_keys = ON');
  const dialect = new GroupCommitSqliteDialect(raw);
  const db = new Kysely<ItemTables>({ dialect });
  await sql`create table item (id integer primary key, label text not null unique)`.execute(db);
  // Deferred: checked at COMMIT, so a bad row makes the group's COMMIT fail.
  await sql`create table child (id integer primary key, item_id integer not null references item (id) deferrable initially deferred)`.execute(db);
  /** Rows as better-sqlite3 itself gives them, read by a second connection. */
  const readCommitted = (query: string, params: unknown[] = []): Record<string, unknown>[] => {
    const other = new Database(file, { readonly: true });
    try {
      return other.prepare(query).all(params) as Record<string, unknown>[];
    } finally {
      other.close();
    }
  };
  return {
    db,
    dialect,
    readCommitted,
    committedLabels: (): string[] => readCommitted('select label from item order by id').map((r) => r.label as string),
    async close(): Promise<void> {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
