// API quality from counts kept as requests are recorded (per unit, day, endpoint and status)
// instead of a scan of the request log, whose time grew with traffic; the log itself is
// pruned after a retention period. Counts of what is logged already are carried over.
import { sql } from 'kysely';
import type { VppMigration } from './types.js';

export const requestCounts: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('api_request_counts')
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('day', 'bigint', (c) => c.notNull()) // days since 1970-01-01 (UTC)
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('route', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('api_request_counts_pk', ['msn', 'day', 'method', 'route', 'status'])
      .execute();
    await sql`
      INSERT INTO api_request_counts (msn, day, method, route, status, count)
      SELECT msn, at / 86400000, method, route, status, COUNT(*) FROM api_requests
      WHERE msn IS NOT NULL GROUP BY msn, at / 86400000, method, route, status`.execute(db);
  },
};
