// SQLite with group commit. Each COMMIT costs a write of every page the transaction touched
// (hundreds of microseconds; more than all the statements of a payment create together),
// and SQLite runs one transaction at a time anyway. So transactions that queue up behind
// each other run as savepoints inside one outer transaction, which is committed once the
// queue has drained into it. Nobody learns of a result before it is durable: every use of
// the connection while a group is open (a transaction, or a single statement that ran
// inside the group) returns only after the group's COMMIT, and fails if the COMMIT fails.
import type BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
} from 'kysely';
import type { ChangeTracker } from './change-tracker.js';
import { SqliteStatementCache } from './statement-cache.js';

interface Group {
  done: Promise<void>;
  resolve(): void;
  reject(err: unknown): void;
}

function newGroup(): Group {
  let resolve!: () => void;
  let reject!: (err: unknown) => void;
  const done = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Rejections reach those who wait for the group; nobody waiting is not an error.
  done.catch(() => {});
  return { done, resolve, reject };
}

/** First come, first served: a commit queued behind waiting transactions lets them join first. */
class FifoMutex {
  #locked = false;
  readonly #queue: (() => void)[] = [];

  lock(): Promise<void> {
    if (!this.#locked) {
      this.#locked = true;
      return Promise.resolve();
    }
    return new Promise((r) => this.#queue.push(r));
  }

  unlock(): void {
    const next = this.#queue.shift();
    if (next) next();
    else this.#locked = false;
  }

  get locked(): boolean {
    return this.#locked;
  }
}

const SAVEPOINT = 'vpp_tx';

class GroupCommitDriver implements Driver, EmbeddedDriver {
  readonly #raw: BetterSqlite3.Database;
  readonly #statements: SqliteStatementCache;
  readonly #mutex = new FifoMutex();
  readonly #connection: DatabaseConnection;
  readonly tracker: ChangeTracker | undefined;
  /** The open outer transaction, if any. */
  #group: Group | undefined;
  #commitScheduled = false;
  /** The group the current holder of the connection has joined, if any. */
  #joined: Group | undefined;
  /** False: each transaction commits on its own (VPP_NO_CACHE, for debugging). */
  readonly #grouping: boolean;

  constructor(raw: BetterSqlite3.Database, tracker: ChangeTracker | undefined, grouping: boolean) {
    this.#raw = raw;
    this.tracker = tracker;
    this.#grouping = grouping;
    this.#statements = new SqliteStatementCache(raw);
    this.#connection = {
      executeQuery: async <R>(q: CompiledQuery): Promise<QueryResult<R>> => this.#run<R>(q.sql, q.parameters),
      streamQuery: async function* () {
        throw new Error('streaming queries are not supported');
      },
    };
  }

  async init(): Promise<void> {}

  /**
   * Runs one statement at once, without Kysely's connection round (a chain of promises per
   * statement), where that changes nothing: inside a transaction, which holds the connection
   * already; or outside one while nobody holds it and no group waits for its commit (a group
   * open means the statement must wait for that COMMIT). Undefined: take the usual way.
   */
  runDirect<R>(inTransaction: boolean, sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined {
    if (!inTransaction && (this.#mutex.locked || this.#group)) return undefined;
    return this.#run<R>(sql, parameters);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    this.#joined = undefined;
    return this.#connection;
  }

  async beginTransaction(): Promise<void> {
    if (!this.#group) {
      this.#raw.exec('begin immediate');
      this.#group = newGroup();
    }
    this.#joined = this.#group;
    this.#exec(`savepoint ${SAVEPOINT}`);
  }

  async commitTransaction(): Promise<void> {
    this.#exec(`release ${SAVEPOINT}`);
  }

  async rollbackTransaction(): Promise<void> {
    // An error that ended the outer transaction (disk full, I/O) has already failed the group.
    if (!this.#raw.inTransaction) return;
    this.tracker?.wrote(null); // what it wrote is undone; cached reads start over
    this.#exec(`rollback to ${SAVEPOINT}`);
    this.#exec(`release ${SAVEPOINT}`);
  }

  async releaseConnection(): Promise<void> {
    const joined = this.#joined;
    this.#joined = undefined;
    if (joined && !this.#grouping && this.#group === joined) {
      this.#group = undefined;
      this.#commit(joined);
    } else if (joined && !this.#commitScheduled && this.#group === joined) {
      this.#commitScheduled = true;
      void this.#commitGroup();
    }
    this.#mutex.unlock();
    if (joined) await joined.done;
  }

  async destroy(): Promise<void> {
    await this.#mutex.lock();
    try {
      if (this.#group && this.#raw.inTransaction) this.#raw.exec('commit');
      this.#group?.resolve();
      this.#group = undefined;
      this.#statements.close();
    } finally {
      this.#mutex.unlock();
    }
  }

  /**
   * Lets one turn of the event loop pass (requests that arrived meanwhile start their
   * transactions and queue up), waits its turn behind everyone queued (they join this
   * group), then commits.
   */
  async #commitGroup(): Promise<void> {
    await new Promise((r) => setImmediate(r));
    await this.#mutex.lock();
    const group = this.#group;
    this.#group = undefined;
    this.#commitScheduled = false;
    try {
      if (group) this.#commit(group);
    } finally {
      this.#mutex.unlock();
    }
  }

  /** Commits the outer transaction of `group` (the caller holds the connection). */
  #commit(group: Group): void {
    try {
      if (!this.#raw.inTransaction) throw new Error('the transaction was rolled back by SQLite');
      this.#raw.exec('commit');
      group.resolve();
    } catch (err) {
      if (this.#raw.inTransaction) this.#raw.exec('rollback');
      this.tracker?.wrote(null);
      group.reject(err);
    }
  }

  #exec(sql: string): void {
    this.#run(sql, []);
  }

  #run<R>(sql: string, parameters: readonly unknown[]): QueryResult<R> {
    // A single statement while a group is open runs inside it, so it waits for its commit.
    if (this.#group && !this.#joined) this.#joined = this.#group;
    try {
      const { writes, all, run } = this.#statements.prepare(sql);
      if (writes !== undefined) this.tracker?.wrote(writes);
      if (all) return { rows: all(parameters) as R[] };
      const { changes, lastInsertRowid } = run(parameters);
      return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
    } finally {
      // Some errors (disk full, I/O) roll the whole outer transaction back: everyone in the
      // group has lost their work, and must hear so.
      if (this.#group && !this.#raw.inTransaction) {
        const lost = this.#group;
        this.#group = undefined;
        this.tracker?.wrote(null);
        lost.reject(new Error('SQLite rolled back the transaction after an error; nothing in it was stored'));
      }
    }
  }
}

/** Kysely's SQLite dialect with the group-commit driver on a better-sqlite3 database. */
export class GroupCommitSqliteDialect extends SqliteDialect {
  /** One driver for the one connection, whichever Kysely handle asks for it. */
  readonly driver: GroupCommitDriver;

  /** `grouping: false` commits each transaction on its own. */
  constructor(raw: BetterSqlite3.Database, tracker?: ChangeTracker, grouping = true) {
    super({ database: raw as never });
    this.driver = new GroupCommitDriver(raw, tracker, grouping);
  }

  override createDriver(): Driver {
    return this.driver;
  }
}

/** What the driver offers beyond Kysely's interface (see embedded-driver.ts). */
export interface EmbeddedDriver {
  readonly tracker: ChangeTracker | undefined;
  runDirect<R>(inTransaction: boolean, sql: string, parameters: readonly unknown[]): QueryResult<R> | undefined;
}
