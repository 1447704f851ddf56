// Wakes the outbox worker when a transaction that wrote to the outbox has committed, so
// nothing above the store has to remember to. enqueueOutbox marks the transaction's
// connection; the driver, wrapped here, tells the store's listeners once that connection is
// released after its commit (on SQLite, after the group's COMMIT). A rollback unmarks it.
import type { DatabaseConnection, Dialect, Driver, Kysely } from 'kysely';

/** The store's "an outbox message was committed" listeners. */
export class OutboxSignal {
  readonly #listeners = new Set<() => void>();

  /** Calls `fn` after each commit that wrote to the outbox; returns the unsubscribe. */
  on(fn: () => void): () => void {
    this.#listeners.add(fn);
    return () => this.#listeners.delete(fn);
  }

  emit(): void {
    for (const fn of this.#listeners) fn();
  }
}

const written = new WeakSet<DatabaseConnection>();
const signals = new WeakMap<object, OutboxSignal>();

/** `dialect` with a driver that emits `signal` after a commit of an outbox write. */
export function signallingDialect(dialect: Dialect, signal: OutboxSignal): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => signallingDriver(dialect.createDriver(), signal),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}

function signallingDriver(inner: Driver, signal: OutboxSignal): Driver {
  const driver: Driver = {
    init: () => inner.init(),
    acquireConnection: () => inner.acquireConnection(),
    beginTransaction: (c, settings) => inner.beginTransaction(c, settings),
    commitTransaction: (c) => inner.commitTransaction(c),
    rollbackTransaction: (c) => {
      written.delete(c);
      return inner.rollbackTransaction(c);
    },
    async releaseConnection(c) {
      const wrote = written.delete(c);
      await inner.releaseConnection(c);
      if (wrote) signal.emit();
    },
    destroy: () => inner.destroy(),
  };
  if (inner.savepoint) driver.savepoint = inner.savepoint.bind(inner);
  if (inner.rollbackToSavepoint) driver.rollbackToSavepoint = inner.rollbackToSavepoint.bind(inner);
  if (inner.releaseSavepoint) driver.releaseSavepoint = inner.releaseSavepoint.bind(inner);
  return driver;
}

/** Lets `markOutboxWritten` find the signal of a store from any of its handles. */
export function registerOutboxSignal(db: Kysely<any>, signal: OutboxSignal): void {
  signals.set(db.getExecutor().adapter, signal);
}

/** After an outbox insert: in a transaction, wake the worker once it commits; otherwise now. */
export async function markOutboxWritten(db: Kysely<any>): Promise<void> {
  if (db.isTransaction) await db.getExecutor().provideConnection(async (c) => void written.add(c));
  else signals.get(db.getExecutor().adapter)?.emit();
}
