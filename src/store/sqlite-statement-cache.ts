// better-sqlite3 compiles a statement on every prepare(). Keeping compiled statements by
// SQL text removes that cost from every query the driver runs.
import type BetterSqlite3 from 'better-sqlite3';

const MAX_STATEMENTS = 1000;

export class SqliteStatementCache {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  prepare(sql: string): BetterSqlite3.Statement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }
}
