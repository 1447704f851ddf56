// The benchmark's direct access to vpp's database: a fresh PostgreSQL database per run,
// preloading payments, and reading back what the load did (to check the money).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export interface BenchStore {
  kind: 'sqlite' | 'postgres';
  /** Arguments that point `vpp` at this store. */
  vppArgs: string[];
  query<T>(sqlText: string, params?: unknown[]): Promise<T[]>;
  exec(sqlText: string): Promise<void>;
  dispose(): Promise<void>;
}

export async function sqliteStore(dataDir: string): Promise<BenchStore> {
  const { default: Sqlite } = await import('better-sqlite3');
  // A connection per call, closed at once: while vpp runs it holds the file's lock, so the
  // benchmark reads only before vpp starts and after it stops.
  const use = <T>(f: (db: InstanceType<typeof Sqlite>) => T): T => {
    const db = new Sqlite(join(dataDir, 'vpp.sqlite'), { timeout: 10_000 });
    try {
      return f(db);
    } finally {
      db.close();
    }
  };
  return {
    kind: 'sqlite',
    vppArgs: [],
    async query<T>(sqlText: string, params: unknown[] = []) {
      return use((db) => db.prepare(sqlText).all(...params) as T[]);
    },
    async exec(sqlText: string) {
      use((db) => db.exec(sqlText));
    },
    async dispose() {},
  };
}

export async function postgresStore(serverUrl: string): Promise<BenchStore> {
  const pg = (await import('pg')).default;
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const name = `vpp_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return {
    kind: 'postgres',
    vppArgs: ['--database-url', url.toString()],
    async query<T>(sqlText: string, params: unknown[] = []) {
      let i = 0;
      return (await client.query(sqlText.replace(/\?/g, () => `$${++i}`), params)).rows as T[];
    },
    async exec(sqlText: string) {
      await client.query(sqlText);
    },
    async dispose() {
      await client.end();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Stores `rows` authorised payments of another sales unit directly, in bulk, so lookups run
 * against a table of that size. Same columns and indexes the API writes.
 */
export async function preloadPayments(store: BenchStore, rows: number): Promise<void> {
  if (rows <= 0) return;
  const now = Date.now();
  const select = `
    'pre-' || n, '212346', 'pre-' || n, 'pre-psp-' || n, 'AUTHORIZED', 'NOK', 10000, 10000, 0, 0, 0,
    '{"type":"WALLET"}', 'WEB_REDIRECT', NULL, '4791234567', 'preloaded', 'https://shop.example/back', NULL, '{}',
    NULL, NULL, 'pre-token-' || n, 0, ${now + 600_000}, ${now}, ${now}, ${now}`;
  const columns = `id, msn, reference, psp_reference, state, currency, amount, authorized, captured, refunded, cancelled,
    payment_method, user_flow, customer_phone, payer_phone, description, return_url, metadata, details,
    profile_scope, profile_sub, landing_token, long_living, expires_at, authorized_at, created_at, updated_at`;
  const chunk = 200_000;
  for (let from = 1; from <= rows; from += chunk) {
    const to = Math.min(rows, from + chunk - 1);
    if (store.kind === 'postgres') {
      await store.exec(`INSERT INTO payments (${columns}) SELECT ${select} FROM generate_series(${from}, ${to}) AS n`);
    } else {
      await store.exec(
        `WITH RECURSIVE seq(n) AS (SELECT ${from} UNION ALL SELECT n + 1 FROM seq WHERE n < ${to}) INSERT INTO payments (${columns}) SELECT ${select} FROM seq`,
      );
    }
  }
  if (store.kind === 'postgres') await store.exec('ANALYZE payments');
}
