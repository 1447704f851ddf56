// better-sqlite3 compiles a statement on every prepare(); Kysely prepares on every query.
// Keeping compiled statements by SQL text removes that cost from every request.
import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

const MAX_STATEMENTS = 1000;

export class SqliteStatementCache implements SqliteDatabase {
  readonly #db: BetterSqlite3.Database;
  readonly #statements = new Map<string, BetterSqlite3.Statement>();

  constructor(db: BetterSqlite3.Database) {
    this.#db = db;
  }

  prepare(sql: string): SqliteStatement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      if (this.#statements.size >= MAX_STATEMENTS) this.#statements.clear();
      this.#statements.set(sql, stmt);
    }
    return stmt as unknown as SqliteStatement;
  }

  close(): void {
    this.#statements.clear();
    this.#db.close();
  }
}
