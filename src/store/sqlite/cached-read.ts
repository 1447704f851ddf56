// Reads asked on every API request (the caller's key set, a sales unit's facts, its
// webhooks) kept in memory between changes to the tables they come from. Where the store
// cannot tell of every change (PostgreSQL), each call reads the database.
import type { ChangeTracker } from './change-tracker.js';
import { trackerOf } from './embedded-driver.js';
import type { Queryable } from '../db.js';
import type { prepared } from './prepared.js';

type Prepared<A extends string[], R> = ReturnType<typeof prepared<A, R>>;

interface Generation<R> {
  /** This process's writes to the tables when it began. */
  writes: number;
  rows: Map<string, readonly R[]>;
}

const MAX_ENTRIES = 10_000;

export function cachedRead<A extends string[], R extends object>(query: Prepared<A, R>, tables: readonly string[]) {
  // One cache per store (its tracker): tests run many stores in one process.
  const generations = new WeakMap<ChangeTracker, Generation<R>>();
  const all = async (db: Queryable, ...args: A): Promise<readonly R[]> => {
    const tracker = trackerOf(db);
    if (!tracker) return query.all(db, ...args);
    // Taken before reading: a change while the read is under way makes the next call read again.
    const writes = tracker.writesTo(tables);
    let gen = generations.get(tracker);
    if (!gen || gen.writes !== writes) {
      gen = { writes, rows: new Map() };
      generations.set(tracker, gen);
    }
    const key = args.join('\u0000');
    const hit = gen.rows.get(key);
    if (hit) return hit;
    // Frozen: a caller that changed a cached row would change what the next request sees.
    const rows = Object.freeze((await query.all(db, ...args)).map((r) => Object.freeze(r)));
    if (gen.rows.size >= MAX_ENTRIES) gen.rows.clear();
    gen.rows.set(key, rows);
    return rows;
  };
  return {
    all,
    async first(db: Queryable, ...args: A): Promise<R | undefined> {
      return (await all(db, ...args))[0];
    },
  };
}
