import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './db.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

/** Brings the schema up to date; safe to run on every start and from several nodes. */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) out[name] = { up: (db) => m.up(db, store.dialect) };
      return out;
    },
  };
  // Areas add migrations independently; their order between areas does not matter.
  // Kysely looks for its bookkeeping tables in every schema unless told which one: with
  // another schema's tables in the same database it would skip creating its own.
  const migrator = new Migrator({ db: store.db, provider, allowUnorderedMigrations: true, ...(store.pgSchema ? { migrationTableSchema: store.pgSchema } : {}) });
  let { error, results } = await migrator.migrateToLatest();
  // Kysely's catalog query reads every schema; one dropped at that moment (another test's)
  // fails it before any migration ran. Nothing was changed, so asking again is safe.
  for (let retry = 0; retry < 3 && error && isDroppedSchemaRace(error, store.pgSchema); retry++) {
    ({ error, results } = await migrator.migrateToLatest());
  }
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = error instanceof Error ? error.message : String(error);
    throw new MigrationError(`migration ${failed} failed: ${reason}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function isDroppedSchemaRace(error: unknown, own: string | undefined): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === '3F000' && !(own && e.message?.includes(`"${own}"`));
}
