import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Store } from './db.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

/**
 * Brings the schema up to date; safe to run on every start and from several nodes.
 * `upTo` stops after that migration (tests of a migration start from the schema before it).
 */
export async function migrateToLatest(store: Store, opts: { upTo?: string } = {}): Promise<string[]> {
  const provider: MigrationProvider = {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(migrations)) out[name] = { up: (db) => m.up(db, store.dialect) };
      return out;
    },
  };
  // Kysely looks for its own tables in every schema it can see unless told which one; with
  // several vpp schemas in one PostgreSQL database (tests, or several installations) it
  // would find another schema's tables and skip creating its own.
  const migrationTableSchema =
    store.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s : undefined;
  // Areas add migrations independently; their order between areas does not matter.
  const migrator = new Migrator({ db: store.db, provider, allowUnorderedMigrations: true, ...(migrationTableSchema ? { migrationTableSchema } : {}) });
  for (let attempt = 1; ; attempt++) {
    const { error, results } = opts.upTo ? await migrator.migrateTo(opts.upTo) : await migrator.migrateToLatest();
    // Kysely's introspection reads every schema in the database; another installation
    // dropping its schema at that moment fails the read. That is not our schema: try again.
    if (error && attempt < 5 && isOtherSchemaVanished(error, results === undefined, migrationTableSchema)) continue;
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
      const reason = error instanceof Error ? error.message : String(error);
      throw new MigrationError(`migration ${failed} failed: ${reason}`);
    }
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  }
}

/**
 * The schema named is not ours, or, before any migration ran (Kysely's set-up, which reads
 * every column of every schema), a relation or column vanished under the read.
 */
function isOtherSchemaVanished(error: unknown, beforeMigrations: boolean, ours: string | undefined): boolean {
  const message = error instanceof Error ? error.message : String(error);
  const m = /schema "([^"]+)" does not exist/.exec(message);
  if (m) return m[1] !== ours;
  return beforeMigrations && /(relation|column) "[^"]+"( of relation "[^"]+")? does not exist/.test(message);
}

