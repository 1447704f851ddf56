// Queries on hot paths, built and compiled by Kysely once instead of on every request.
// The builder is run once per dialect with marker values in place of the arguments; the
// compiled SQL is kept, and each call only fills in the parameters.
import { CompiledQuery, type Compilable, type QueryResult } from 'kysely';
import type { Queryable } from '../db.js';
import { runDirect } from './embedded-driver.js';

const MARK = '\u0000vpp-arg-';

interface Template {
  sql: string;
  /** For each bound parameter: the index of the argument it takes, or a constant. */
  params: ({ arg: number } | { value: unknown })[];
}

export function prepared<A extends unknown[], R>(build: (db: Queryable, ...args: A) => Compilable<R>, arity: A['length']) {
  // One template per dialect: SQLite binds `?`, PostgreSQL `$n`.
  const templates = new Map<unknown, Template>();
  const template = (db: Queryable): Template => {
    const adapter = db.getExecutor().adapter.constructor;
    let t = templates.get(adapter);
    if (!t) {
      const markers = Array.from({ length: arity }, (_, i) => `${MARK}${i}`) as A;
      const compiled = build(db, ...markers).compile();
      const params = compiled.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? { arg: Number(p.slice(MARK.length)) } : { value: p }));
      const used = new Set(params.flatMap((p) => ('arg' in p ? [p.arg] : [])));
      if (used.size !== arity) throw new Error('prepared(): every argument must be bound as a parameter exactly as given');
      t = { sql: compiled.sql, params };
      templates.set(adapter, t);
    }
    return t;
  };
  // The result itself when the statement ran at once; a promise when it went through Kysely.
  const execute = (db: Queryable, args: A): QueryResult<R> | Promise<QueryResult<R>> => {
    const t = template(db);
    const parameters = t.params.map((p) => ('arg' in p ? args[p.arg] : p.value));
    return runDirect<R>(db, t.sql, parameters) ?? db.executeQuery<R>(CompiledQuery.raw(t.sql, parameters));
  };
  return {
    async all(db: Queryable, ...args: A): Promise<R[]> {
      return (await execute(db, args)).rows;
    },
    async first(db: Queryable, ...args: A): Promise<R | undefined> {
      return (await this.all(db, ...args))[0];
    },
    async run(db: Queryable, ...args: A): Promise<{ numAffectedRows: bigint | undefined }> {
      return { numAffectedRows: (await execute(db, args)).numAffectedRows };
    },
  };
}

/** A prepared INSERT of one row into `table`, with these columns. */
export function preparedInsert<Row extends object>(table: string, columns: readonly (keyof Row & string)[]) {
  const insert = preparedInsertRows<Row>(table, columns);
  return (db: Queryable, row: Row) => insert(db, [row]);
}

/** A prepared INSERT of several rows at once into `table`, compiled once per number of rows. */
export function preparedInsertRows<Row extends object>(table: string, columns: readonly (keyof Row & string)[]) {
  const byCount = new Map<number, ReturnType<typeof prepared<unknown[], unknown>>>();
  return (db: Queryable, rows: readonly Row[]) => {
    const n = rows.length;
    let q = byCount.get(n);
    if (!q) {
      q = prepared(
        // Kysely cannot type a table chosen at run time; the row type is checked by the caller's signature.
        (db, ...values: unknown[]) =>
          (db as any)
            .insertInto(table)
            .values(Array.from({ length: n }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, values[r * columns.length + i]])))) as Compilable<unknown>,
        n * columns.length,
      );
      byCount.set(n, q);
    }
    const values: unknown[] = [];
    for (const row of rows) for (const c of columns) values.push(row[c] ?? null);
    return q.run(db, ...values);
  };
}
