// The SQLite driver commits transactions that queue up together, in one COMMIT. What a
// caller must be able to rely on: a transaction's promise resolves only once its rows are
// committed (another connection sees them), a failing transaction leaves the others of its
// group alone, and when the group's COMMIT fails, every member hears so and nothing is stored.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGroupCommitDb } from '../support/group-commit-db.js';

describe('SQLite group commit', () => {
  let t: Awaited<ReturnType<typeof openGroupCommitDb>>;
  let db: typeof t.db;
  const committedLabels = () => t.committedLabels();

  beforeEach(async () => {
    t = await openGroupCommitDb();
    db = t.db;
  });
  afterEach(() => t.close());

  it('resolves each of many concurrent transactions only once its rows are committed', async () => {
    const seenAtResolve: boolean[] = [];
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        db
          .transaction()
          .execute((tx) => tx.insertInto('item').values({ id: i + 1, label: `item-${i}` }).execute())
          .then(() => seenAtResolve.push(committedLabels().includes(`item-${i}`))),
      ),
    );
    expect(seenAtResolve).toHaveLength(40);
    expect(seenAtResolve.every(Boolean)).toBe(true);
  });

  it('rolls back a failing transaction without touching the others of its group', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 1, label: 'a' }).execute()),
      db.transaction().execute(async (tx) => {
        await tx.insertInto('item').values({ id: 2, label: 'b' }).execute();
        await tx.insertInto('item').values({ id: 3, label: 'a' }).execute(); // duplicate label
      }),
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 4, label: 'c' }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(committedLabels()).toEqual(['a', 'c']);
  });

  it('fails every member when the COMMIT fails, and stores none of them', async () => {
    const results = await Promise.allSettled([
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 1, label: 'a' }).execute()),
      // A deferred foreign key is checked at COMMIT: this makes the group's COMMIT fail.
      db.transaction().execute((tx) => tx.insertInto('child').values({ id: 1, item_id: 999 }).execute()),
      db.transaction().execute((tx) => tx.insertInto('item').values({ id: 2, label: 'b' }).execute()),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(committedLabels()).toEqual([]);
    // The next transaction starts a new group and works.
    await db.transaction().execute((tx) => tx.insertInto('item').values({ id: 3, label: 'c' }).execute());
    expect(committedLabels()).toEqual(['c']);
  });

  it('a single statement outside a transaction is committed when it returns', async () => {
    await db.insertInto('item').values({ id: 1, label: 'alone' }).execute();
    expect(committedLabels()).toEqual(['alone']);
  });
});
