// Seeding when vpp starts. Several nodes starting at once on one PostgreSQL database would
// otherwise seed side by side (both find the database empty; one then fails on a duplicate
// key, or a generated id is chosen twice): they take turns under a transaction-scoped
// advisory lock, and the demo world goes only into a database still empty at a node's turn.
// SQLite has one process per file, so it needs no lock.
import { sql } from 'kysely';
import type { World } from '../domain/world/world-schema.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Queryable, Store, Tx } from './db.js';
import { seedWorld, type SeedResult } from './seed-world.js';

/** An arbitrary constant naming vpp's seeding lock among PostgreSQL advisory locks. */
const SEED_LOCK = 7_265_001;

export async function isEmptyDatabase(db: Queryable): Promise<boolean> {
  const partner = await db.selectFrom('partners').select('id').limit(1).executeTakeFirst();
  const unit = await db.selectFrom('sales_units').select('msn').limit(1).executeTakeFirst();
  return !partner && !unit;
}

/**
 * Seeds `world` (always) or, with `onlyIntoEmpty`, only when the database is empty at this
 * node's turn. Returns undefined when it seeded nothing for that reason.
 */
export async function seedAtStart(o: { store: Store; box: SecretBox; world: World; now: number; onlyIntoEmpty: boolean }): Promise<SeedResult | undefined> {
  let seeded = true;
  const result = await seedWorld({
    db: o.store.db,
    box: o.box,
    world: o.world,
    now: o.now,
    first: async (tx: Tx) => {
      if (o.store.dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${sql.lit(SEED_LOCK)})`.execute(tx);
      seeded = !o.onlyIntoEmpty || (await isEmptyDatabase(tx));
      return seeded;
    },
  });
  return seeded ? result : undefined;
}
