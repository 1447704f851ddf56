// Writes a validated world into the database in one transaction. Loading the same world
// again changes nothing: rows are matched on their natural keys and only written when a
// field differs; generated credentials are generated once. Each part of the world has its
// file in seed-world/; the order matters (partners before units, units before keys).
import type { World } from '../domain/world/world-schema.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Db, Tx } from './db.js';
import { seedBackOffice } from './seed-world/back-office.js';
import { seedContext, type SeedResult } from './seed-world/context.js';
import { seedKeySets } from './seed-world/key-sets.js';
import { seedMerchants } from './seed-world/merchants.js';
import { seedPartners } from './seed-world/partners.js';
import { seedRegistry } from './seed-world/registry.js';
import { seedLoginClients } from './seed-login-clients.js';
import { seedSimulationControls } from './seed-world/simulation-controls.js';

export type { SeedResult };

interface SeedOptions {
  db: Db;
  box: SecretBox;
  world: World;
  now: number;
  /** Runs first inside the seeding transaction; returning false seeds nothing. */
  first?: (tx: Tx) => Promise<boolean>;
}

export async function seedWorld({ db, box, world, now, first }: SeedOptions): Promise<SeedResult> {
  let counts: SeedResult = { inserted: 0, updated: 0 };
  await db.transaction().execute(async (tx) => {
    if (first && !(await first(tx))) return;
    const c = seedContext({ tx, box, world, now });
    counts = c.counts;
    await seedRegistry(c);
    await seedPartners(c);
    await seedMerchants(c);
    c.counts.inserted += await seedLoginClients({ tx, box, units: world.salesUnits ?? [], now });
    await seedKeySets(c);
    if (world.simulation) c.counts.updated += await seedSimulationControls(tx, world.simulation, now);
    await seedBackOffice(c);
  });
  return counts;
}
