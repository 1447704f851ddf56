// Prepared statements on the embedded store skip Kysely's connection round and run at once
// (store/sqlite/embedded-driver.ts). They must keep the group commit's promises: nothing resolves
// before it is committed, a statement outside a transaction waits for an open group's
// COMMIT, and a statement inside a transaction is undone with it.
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerEmbeddedDriver } from '../../src/store/sqlite/embedded-driver.js';
import { prepared } from '../../src/store/sqlite/prepared.js';
import { openGroupCommitDb, type ItemTables as T } from '../support/group-commit-db.js';

const insertItem = prepared((db: any, id: number, label: string) => (db as Kysely<T>).insertInto('item').values({ id, label }), 2);
const insertChild = prepared((db: any, id: number, itemId: number) => (db as Kysely<T>).insertInto('child').values({ id, item_id: itemId }), 2);
const labelOf = prepared((db: any, id: number) => (db as Kysely<T>).selectFrom('item').select('label').where('id', '=', id), 1);

describe('direct runs of prepared statements on SQLite', () => {
  let t: Awaited<ReturnType<typeof openGroupCommitDb>>;
  let db: any;
  const committedLabels = () => t.committedLabels();

  beforeEach(async () => {
    t = await openGroupCommitDb();
    registerEmbeddedDriver(t.db as any, t.dialect.driver);
    db = t.db;
  });
  afterEach(() => t.close());

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
