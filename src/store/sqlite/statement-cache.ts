// better-sqlite3 compiles a statement on every prepare(). Keeping compiled statements by
// SQL text removes that cost from every query the driver runs.
import type BetterSqlite3 from 'better-sqlite3';
import { writtenTable } from './change-tracker.js';

const MAX_STATEMENTS = 1000;

// The statement itself stays inside: one that returns rows is switched to arrays (see
// rowReader), and its own all() would no longer give objects.
export interface CachedStatement {
  /** What the statement writes: a table, null for a table that cannot be told, undefined for nothing. */
  writes: string | null | undefined;
  /** For a statement that returns rows: all of them, as objects keyed by column name. */
  all?: (parameters: readonly unknown[]) => Record<string, unknown>[];
  /** Runs a statement that returns no rows. */
  run: (parameters: readonly unknown[]) => BetterSqlite3.RunResult;
}

export class SqliteStatementCache {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, CachedStatement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  prepare(sql: string): CachedStatement {
    let entry = this.#statements.get(sql);
    if (!entry) {
      const stmt = this.#db.prepare(sql);
      // Transaction control (savepoint, release) counts as read-only: it changes no table.
      entry = { writes: stmt.readonly ? undefined : writtenTable(sql), all: stmt.reader ? rowReader(stmt) : undefined, run: (parameters) => stmt.run(parameters) };
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, entry);
    }
    return entry;
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }
}

/**
 * better-sqlite3 builds each row object a property at a time, looking up every column name
 * as it goes. Taking the row as an array and copying it into an object literal of the
 * statement's own shape gives the same object in about half the time for a wide row.
 */
function rowReader(stmt: BetterSqlite3.Statement): CachedStatement['all'] {
  const names = stmt.columns().map((c) => c.name);
  // Keys are quoted: a column named `__proto__` then behaves as in better-sqlite3's own rows.
  const fields = names.map((n, i) => `${JSON.stringify(n)}: a[${i}]`).join(', ');
  const toObject = new Function('a', `return { ${fields} };`) as (a: unknown[]) => Record<string, unknown>;
  stmt.raw(true);
  return (parameters) => {
    const arrays = stmt.all(parameters) as unknown[][];
    const rows = new Array<Record<string, unknown>>(arrays.length);
    for (let i = 0; i < arrays.length; i++) rows[i] = toObject(arrays[i]!);
    return rows;
  };
}
