// Named snapshots of the simulated world (the simulation API's save, restore and reset).
import type { VppMigration } from './types.js';

export const simSnapshots: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('sim_snapshots')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('taken_at', 'bigint', (c) => c.notNull()) // platform time when saved
      .addColumn('clock_offset_ms', 'bigint', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull()) // JSON: table name → rows
      .execute();
  },
};
