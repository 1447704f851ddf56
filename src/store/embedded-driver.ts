// Statements that may skip Kysely's connection round: on the embedded SQLite store, whose
// driver runs a statement synchronously (sqlite-group-commit.ts says when it may). Keyed
// by the query adapter, which a database handle shares with its transactions.
import type { QueryResult } from 'kysely';
import type { Queryable } from './db.js';
import type { DirectRunner } from './sqlite-group-commit.js';

const runners = new WeakMap<object, DirectRunner>();

export function allowDirectRuns(db: Queryable, runner: DirectRunner): void {
  runners.set(db.getExecutor().adapter, runner);
}

/** The statement's result if it could run at once; undefined to run it the usual way. */
export function runDirect<R>(db: Queryable, sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined {
  return runners.get(db.getExecutor().adapter)?.runDirect<R>(db.isTransaction, sql, parameters);
}
