// Webhook deliveries counted per sales unit and status, kept as deliveries are written and
// change state, so the integration checklist judges "handles webhooks" without reading the
// deliveries themselves.
import { sql } from 'kysely';
import type { VppMigration } from './types.js';

export const webhookDeliveryCounts: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('webhook_delivery_counts')
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull()) // pending | delivered | failed | dropped
      .addColumn('n', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('webhook_delivery_counts_pk', ['msn', 'status'])
      .execute();
    await sql`INSERT INTO webhook_delivery_counts (msn, status, n) SELECT msn, status, COUNT(*) FROM webhook_deliveries GROUP BY msn, status`.execute(db);
  },
};
