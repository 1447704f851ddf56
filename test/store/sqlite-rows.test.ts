// The embedded driver reads rows as arrays and builds each statement's objects itself
// (store/sqlite/statement-cache.ts). What a query returns must not change by that: the same
// keys in the same order, the same values, as better-sqlite3's own row objects.
import { CompiledQuery, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGroupCommitDb } from '../support/group-commit-db.js';

describe('rows read through the SQLite driver', () => {
  let t: Awaited<ReturnType<typeof openGroupCommitDb>>;

  beforeEach(async () => {
    t = await openGroupCommitDb();
    await sql`insert into item (id, label) values (1, 'one'), (2, 'two'), (3, 'three')`.execute(t.db);
    await sql`insert into child (id, item_id) values (10, 1)`.execute(t.db);
  });
  afterEach(() => t.close());

  const viaDriver = async (query: string, params: unknown[] = []) => (await t.db.executeQuery(CompiledQuery.raw(query, params))).rows as Record<string, unknown>[];

  it.each([
    ['every column', 'select * from item order by id', []],
    ['one row by parameter', 'select id, label from item where id = ?', [2]],
    ['no rows', 'select * from item where id = ?', [99]],
    ['a join with a NULL and an expression', "select i.id, c.id as child, i.label || '!' as shout, null as absent from item i left join child c on c.item_id = i.id order by i.id", []],
    ['two columns of the same name (the last one wins)', 'select id, label as id from item order by id', []],
    ['an aggregate named by its expression', 'select count(*), max(id) from item', []],
    ['a column named __proto__', "select 'x' as __proto__, id from item where id = 1", []],
    ['a NULL column named __proto__', 'select null as __proto__, id from item where id = 1', []],
  ])('%s: the same objects as better-sqlite3 gives', async (_what, query, params) => {
    const expected = t.readCommitted(query, params as unknown[]);
    const got = await viaDriver(query, params as unknown[]);
    expect(got).toEqual(expected);
    expect(got.map((r) => Object.keys(r))).toEqual(expected.map((r) => Object.keys(r)));
    expect(got.map((r) => Object.getPrototypeOf(r))).toEqual(expected.map((r) => Object.getPrototypeOf(r)));
  });

  it('a write with RETURNING gives its rows as objects', async () => {
    const rows = await viaDriver("update item set label = label || '+' where id <= ? returning id, label", [2]);
    expect(rows).toEqual([
      { id: 1, label: 'one+' },
      { id: 2, label: 'two+' },
    ]);
  });
});
