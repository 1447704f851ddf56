// Test controls: fault rules (part of the world, so a snapshot or reset brings them back),
// the shared per-key counters of the documented rate limits (PostgreSQL; SQLite counts in
// its one process), and where an injected fault is marked (request log, webhook deliveries).
import type { VppMigration } from './types.js';

export const faultsAndRateLimits: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('sim_fault_rules')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('partner', 'text')
      .addColumn('msn', 'text')
      .addColumn('method', 'text')
      .addColumn('route', 'text')
      .addColumn('share', 'double precision', (c) => c.notNull())
      .addColumn('remaining', 'bigint')
      .addColumn('status', 'integer')
      .addColumn('delay_ms', 'bigint')
      .addColumn('timeout', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('rate_limit_counters')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('started_at', 'bigint', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('rate_limit_counters_started').on('rate_limit_counters').column('started_at').execute();
    await db.schema.alterTable('api_requests').addColumn('fault', 'text').execute();
    await db.schema.alterTable('webhook_deliveries').addColumn('fault', 'text').execute();
  },
};
