// Opens the database: embedded SQLite (a file, or memory) or PostgreSQL. Everything that
// differs between the two dialects stays in store/.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import { ChangeTracker } from './sqlite/change-tracker.js';
import { GroupCommitSqliteDialect } from './sqlite/group-commit.js';
import { registerEmbeddedDriver } from './sqlite/embedded-driver.js';
import { OutboxSignal, registerOutboxSignal, signallingDialect } from './outbox-signal.js';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** Anything that runs queries: the database itself or an open transaction. */
export type Queryable = Kysely<Database>;

export interface Store {
  db: Db;
  dialect: DialectName;
  /** A description safe to print (no password). */
  describe: string;
  /** The PostgreSQL schema in use, when one was chosen. */
  pgSchema?: string;
  /** Fires after each commit that wrote to the outbox (the worker listens). */
  outboxWritten: OutboxSignal;
  /** SQLite: the whole database as the bytes of a database file (a namespace's template). */
  serialize?(): Buffer;
  close(): Promise<void>;
}

export class StoreUnreachableError extends Error {}

export interface OpenStoreOptions {
  /** `postgres://…` selects PostgreSQL. */
  databaseUrl?: string;
  /** SQLite file; ignored with `inMemory` or a PostgreSQL URL. */
  file?: string;
  inMemory?: boolean;
  /** PostgreSQL schema to use (created if missing); tests use one per app. */
  pgSchema?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** SQLite: no cached reads, and each transaction commits on its own (VPP_NO_CACHE). */
  noCache?: boolean;
  /** SQLite in memory: start from this image of a database (Store.serialize) instead of empty. */
  image?: Buffer;
}

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts);
  return openSqlite(opts.inMemory ? ':memory:' : opts.file ?? ':memory:', opts.noCache ?? false, opts.image);
}

async function openSqlite(file: string, noCache: boolean, image?: Buffer): Promise<Store> {
  const { default: Sqlite } = await import('better-sqlite3');
  // `vpp migrate` and `vpp seed` may be the first to touch a new --data-dir.
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    // It holds national identity numbers and emails: readable by its owner only. SQLite
    // gives the -wal and -shm files the database file's permissions.
    if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
  }
  const raw = image && file === ':memory:' ? new Sqlite(image) : new Sqlite(file, { timeout: 2000 });
  // One vpp process owns the file (several nodes share PostgreSQL instead): with the lock
  // held from the start, no statement takes and drops file locks (system calls that cost
  // more than a primary-key read here), and only this process's writes can change what it
  // has cached. A second process gets a clear error instead of a half-shared database.
  if (file !== ':memory:') raw.pragma('locking_mode = EXCLUSIVE');
  try {
    // WAL with synchronous=NORMAL: a committed transaction survives a process crash (the
    // WAL is written before commit returns); only an OS crash could lose the last commits.
    raw.pragma('journal_mode = WAL');
  } catch (err) {
    raw.close();
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreUnreachableError(
        `the database ${file} is in use by another process (a running vpp?). Stop it first, or give this one its own --data-dir; to run several vpp nodes on one database, use PostgreSQL (--database-url).`,
      );
    }
    throw err;
  }
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  // Each transaction is a savepoint inside a group (sqlite/group-commit.ts), and SQLite keeps
  // the pages a savepoint changed, to undo it, in a temporary file once they pass 64 KiB: a
  // payment create wrote to that file again and again. In memory instead; crash safety is the
  // WAL's business, not this journal's.
  raw.pragma('temp_store = MEMORY');
  // Copy the WAL back into the database every 2,500 pages (10 MB) instead of 1,000: pages
  // written again and again (the end of each index) are copied less often. Not more: the
  // copy runs inside a COMMIT and stops everything while it runs, so a larger WAL makes the
  // slowest writes slower. A restart after a crash reads at most that much WAL.
  raw.pragma('wal_autocheckpoint = 2500');
  // Without a tracker nothing is cached: every read goes to the database.
  const tracker = noCache ? undefined : new ChangeTracker();
  const dialect = new GroupCommitSqliteDialect(raw, tracker, !noCache);
  const outboxWritten = new OutboxSignal();
  const db = new Kysely<Database>({ dialect: signallingDialect(dialect, outboxWritten) });
  registerEmbeddedDriver(db, dialect.driver);
  registerOutboxSignal(db, outboxWritten);
  return {
    db,
    outboxWritten,
    dialect: 'sqlite',
    describe: file === ':memory:' ? 'SQLite (in memory)' : `SQLite ${file}`,
    serialize: () => raw.serialize(),
    close: () => db.destroy(),
  };
}

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable database URL)';
  }
}

async function openPostgres(url: string, opts: OpenStoreOptions): Promise<Store> {
  const pg = (await import('pg')).default;
  // BIGINT (int8) columns hold money and epoch-millisecond times; both fit a JS number.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const schema = opts.pgSchema;
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  pool.on('error', () => {}); // an idle client dropped by the server; the pool replaces it
  const describe = `PostgreSQL ${redactUrl(url)}${schema ? ` (schema ${schema})` : ''}`;
  try {
    const client = await pool.connect();
    try {
      if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await client.query('SET synchronous_commit = on');
    } finally {
      client.release();
    }
  } catch (err) {
    await pool.end().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreUnreachableError(`cannot reach the database ${redactUrl(url)}: ${reason}`);
  }
  const outboxWritten = new OutboxSignal();
  const db = new Kysely<Database>({ dialect: signallingDialect(new PostgresDialect({ pool }), outboxWritten) });
  registerOutboxSignal(db, outboxWritten);
  return { db, outboxWritten, dialect: 'postgres', describe, pgSchema: schema, close: () => db.destroy() };
}
