// The embedded SQLite store's driver, found from any handle of that store: the database or
// one of its transactions (they share Kysely's query adapter). It offers what PostgreSQL has
// no counterpart for: its count of this process's writes per table, for cached reads, and
// statements run at once without Kysely's connection round, for prepared statements.
import type { Kysely, QueryResult } from 'kysely';
import type { ChangeTracker } from './change-tracker.js';
import type { EmbeddedDriver } from './group-commit.js';

// Any Kysely handle: the store's Queryable, taken as its supertype so db.ts can import this file.
type Queryable = Kysely<any>;

const drivers = new WeakMap<object, EmbeddedDriver>();

export function registerEmbeddedDriver(db: Queryable, driver: EmbeddedDriver): void {
  drivers.set(db.getExecutor().adapter, driver);
}

/** The tracker of a SQLite store's handle or one of its transactions; none on PostgreSQL. */
export function trackerOf(db: Queryable): ChangeTracker | undefined {
  return drivers.get(db.getExecutor().adapter)?.tracker;
}

/** The statement's result if it could run at once; undefined to run it the usual way. */
export function runDirect<R>(db: Queryable, sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined {
  return drivers.get(db.getExecutor().adapter)?.runDirect<R>(db.isTransaction, sql, parameters);
}
