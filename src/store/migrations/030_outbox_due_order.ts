// The worker takes the messages of one topic that are due, oldest due first, and skips
// those whose receiver already has all its deliveries under way on the node. A message given
// back for later (a failed attempt, or a node that stopped) moves to the end of the index,
// so a claim reads the few due messages at its head. A walk in id order instead stepped over
// every message waiting for a busy receiver, and the worker gave such messages back to take
// the next ones: with 16,000 webhooks queued for one receiver, 0.7 ms a claim and two claims
// a delivery.
import { sql } from 'kysely';
import type { VppMigration } from './types.js';

export const outboxDueOrder: VppMigration = {
  async up(db) {
    await db.schema.alterTable('outbox').addColumn('receiver', 'text').execute();
    await db.schema.createIndex('outbox_pending_due').on('outbox').columns(['topic', 'next_attempt_at', 'id']).where(sql.ref('status'), '=', 'pending').execute();
  },
};
