// better-sqlite3 compiles a statement on every prepare(). Keeping compiled statements by
// SQL text removes that cost from every query the driver runs.
import type BetterSqlite3 from 'better-sqlite3';
import { writtenTable } from './change-tracker.js';

const MAX_STATEMENTS = 1000;

export interface CachedStatement {
  stmt: BetterSqlite3.Statement;
  /** What the statement writes: a table, null for a table that cannot be told, undefined for nothing. */
  writes: string | null | undefined;
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
      entry = { stmt, writes: stmt.readonly ? undefined : writtenTable(sql) };
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
