// The SQLite driver tells cached reads which tables this process wrote; anything it cannot
// place (schema changes, a rollback) counts as a change to every table.
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ChangeTracker, writtenTable } from '../../src/store/sqlite/change-tracker.js';
import { GroupCommitSqliteDialect } from '../../src/store/sqlite/group-commit.js';

describe('writtenTable', () => {
  it.each([
    ['insert into "key_sets" ("id") values (?)', 'key_sets'],
    ['INSERT OR REPLACE INTO partners (id) VALUES (?)', 'partners'],
    ['\n    UPDATE outbox SET locked_by = ?', 'outbox'],
    ['delete from "sales_units" where "msn" = ?', 'sales_units'],
    ['create table x (id integer)', null],
    ['with t as (select 1) update merchants set name = ?', null],
  ])('%s → %s', (text, table) => {
    expect(writtenTable(text)).toBe(table);
  });
});

describe('ChangeTracker on the SQLite driver', () => {
  let raw: Database.Database;
  let db: Kysely<{ a: { id: number }; b: { id: number } }>;
  let tracker: ChangeTracker;

  beforeEach(async () => {
    raw = new Database(':memory:');
    tracker = new ChangeTracker();
    db = new Kysely({ dialect: new GroupCommitSqliteDialect(raw, tracker) });
    await sql`create table a (id integer primary key)`.execute(db);
    await sql`create table b (id integer primary key)`.execute(db);
  });
  afterEach(async () => db.destroy());

  it('a write to one table counts for that table and not another', async () => {
    const [a0, b0] = [tracker.writesTo(['a']), tracker.writesTo(['b'])];
    await db.insertInto('a').values({ id: 1 }).execute();
    expect(tracker.writesTo(['a'])).not.toBe(a0);
    expect(tracker.writesTo(['b'])).toBe(b0);
  });

  it('reads count as no write', async () => {
    const a0 = tracker.writesTo(['a', 'b']);
    await db.selectFrom('a').selectAll().execute();
    expect(tracker.writesTo(['a', 'b'])).toBe(a0);
  });

  it('a rolled-back transaction counts as a write to every table', async () => {
    const b0 = tracker.writesTo(['b']);
    await expect(
      db.transaction().execute(async (tx) => {
        await tx.insertInto('a').values({ id: 2 }).execute();
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(tracker.writesTo(['b'])).not.toBe(b0);
  });
});
