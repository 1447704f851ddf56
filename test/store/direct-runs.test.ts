// Prepared statements on the embedded store skip Kysely's connection round and run at once
// (store/direct-run.ts). They must keep the group commit's promises: nothing resolves
// before it is committed, a statement outside a transaction waits for an open group's
// COMMIT, and a statement inside a transaction is undone with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allowDirectRuns } from '../../src/store/direct-run.js';
import { prepared } from '../../src/store/prepared.js';
import { GroupCommitSqliteDialect } from '../../src/store/sqlite-group-commit.js';

interface T {
  item: { id: number; label: string };
  child: { id: number; item_id: number };
}

const insertItem = prepared((db: any, id: number, label: string) => (db as Kysely<T>).insertInto('item').values({ id, label }), 2);
const insertChild = prepared((db: any, id: number, itemId: number) => (db as Kysely<T>).insertInto('child').values({ id, item_id: itemId }), 2);
const labelOf = prepared((db: any, id: number) => (db as Kysely<T>).selectFrom('item').select('label').where('id', '=', id), 1);

describe('direct runs of prepared statements on SQLite', () => {
  let dir: string;
  let file: string;
  let db: any;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vpp-direct-runs-'));
    file = join(dir, 'db.sqlite');
    const raw = new Database(file);
    raw.pragma('journal_mode = WAL');
    raw.pragma('foreign_keys = ON');
    const dialect = new GroupCommitSqliteDialect(raw);
    db = new Kysely<T>({ dialect });
    allowDirectRuns(db, dialect.driver!);
    await sql`create table item (id integer primary key, label text not null unique)`.execute(db);
    await sql`create table child (id integer primary key, item_id integer not null references item (id) deferrable initially deferred)`.execute(db);
  });
  afterEach(async () => {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const committedLabels = () => {
    const other = new Database(file, { readonly: true });
    try {
      return (other.prepare('select label from item order by id').all() as { label: string }[]).map((r) => r.label);
    } finally {
      other.close();
    }
  };

  it('resolves each of many concurrent transactions only once its rows are committed', async () => {
    const seen: boolean[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction()
          .execute((tx: any) => insertItem.run(tx, i + 1, `item-${i}`))
          .then(() => seen.push(committedLabels().includes(`item-${i}`))),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 40 }, () => true));
  });

  it('a statement outside a transaction waits while a transaction holds the connection, and resolves committed', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const tx = db.transaction().execute(async (t: any) => {
      await insertItem.run(t, 1, 'in the transaction');
      await held;
    });
    await new Promise((r) => setImmediate(r));
    let alone = false;
    const single = insertItem.run(db, 2, 'alone').then(() => {
      alone = true;
      return committedLabels();
    });
    await new Promise((r) => setImmediate(r));
    const waited = !alone;
    release();
    await tx;
    expect(waited).toBe(true); // it waited for the transaction
    expect(await single).toEqual(['in the transaction', 'alone']);
  });

  it('a statement outside a transaction, while a group waits for its COMMIT, resolves only once that COMMIT is done', async () => {
    const tx = db.transaction().execute((t: any) => insertItem.run(t, 1, 'grouped'));
    // Microtasks only: the transaction finishes, its group's COMMIT (after this turn) has not run.
    for (let i = 0; i < 50; i++) await Promise.resolve();
    expect(committedLabels()).toEqual([]);
    const labels = await insertItem.run(db, 2, 'alone').then(() => committedLabels());
    expect(labels).toEqual(['grouped', 'alone']);
    await tx;
  });

  it('undoes a statement with its failing transaction and leaves the rest of the group alone', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute((tx: any) => insertItem.run(tx, 1, 'a')),
      db.transaction().execute(async (tx: any) => {
        await insertItem.run(tx, 2, 'b');
        await insertItem.run(tx, 3, 'a'); // duplicate label
      }),
      db.transaction().execute((tx: any) => insertItem.run(tx, 4, 'c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedLabels()).toEqual(['a', 'c']);
    expect(await labelOf.first(db, 2)).toBeUndefined();
    expect(await labelOf.first(db, 4)).toEqual({ label: 'c' });
  });

  it('fails every member when the COMMIT fails, and stores none of them', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute((tx: any) => insertItem.run(tx, 1, 'a')),
      db.transaction().execute((tx: any) => insertChild.run(tx, 1, 999)), // checked at COMMIT
      db.transaction().execute((tx: any) => insertItem.run(tx, 2, 'b')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(committedLabels()).toEqual([]);
    expect(await labelOf.first(db, 1)).toBeUndefined();
  });
});
