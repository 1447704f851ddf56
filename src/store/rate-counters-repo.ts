// Counters of the documented rate limits, one per counted key. On PostgreSQL they are rows
// every node adds to in one statement, so a limit holds across nodes; on SQLite vpp is one
// process (it holds the file's lock), so they are kept in memory and cost no write.
import { sql } from 'kysely';
import { nextWindow, RATE_WINDOW_MS, type RateWindow } from '../domain/sim/rate-limits.js';
import type { DialectName, Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';
import './tables/sim-controls.js';

const inMemory = new WeakMap<object, Map<string, RateWindow>>();
const MAX_IN_MEMORY = 100_000;

/** Counts one call of `key` at `now`; returns its window with this call counted. */
export async function hitRateCounter(db: Queryable, dialect: DialectName, key: string, now: number): Promise<RateWindow> {
  if (dialect === 'sqlite') {
    let counters = inMemory.get(db);
    if (!counters) inMemory.set(db, (counters = new Map()));
    if (counters.size >= MAX_IN_MEMORY) {
      for (const [k, w] of counters) if (now >= w.startedAt + RATE_WINDOW_MS || now < w.startedAt) counters.delete(k);
      if (counters.size >= MAX_IN_MEMORY) counters.clear();
    }
    const w = nextWindow(counters.get(key), now);
    counters.set(key, w);
    return w;
  }
  // A window that has run out (or lies ahead of a clock set back) starts again at `now`.
  const fresh = sql`(excluded.started_at >= rate_limit_counters.started_at + ${RATE_WINDOW_MS} OR excluded.started_at < rate_limit_counters.started_at)`;
  const { rows } = await sql<{ started_at: string | number; count: string | number }>`
    INSERT INTO rate_limit_counters (key, started_at, count) VALUES (${key}, ${now}, 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN ${fresh} THEN 1 ELSE rate_limit_counters.count + 1 END,
      started_at = CASE WHEN ${fresh} THEN excluded.started_at ELSE rate_limit_counters.started_at END
    RETURNING started_at, count`.execute(db);
  return { startedAt: Number(rows[0]!.started_at), count: Number(rows[0]!.count) };
}

/** Deletes counters whose window ended before `now`; returns how many went. */
export async function pruneRateCounters(db: Queryable, dialect: DialectName, now: number): Promise<number> {
  if (dialect === 'sqlite') return 0;
  const res = await db.deleteFrom('rate_limit_counters').where('started_at', '<', now - RATE_WINDOW_MS).executeTakeFirst();
  return Number(res.numDeletedRows);
}

const switchSetting = cachedRead(prepared((db) => db.selectFrom('settings').select('value').where('key', '=', 'rate_limits'), 0), ['settings']);

/** The rate-limit switch as the world file or the simulation API last set it: 'on', 'off' or unset. */
export async function rateLimitSwitch(db: Queryable): Promise<string | undefined> {
  return (await switchSetting.first(db))?.value;
}
