// The worker looks for pending messages in id order many times a second: an index of just
// the pending ones, in id order, lets it stop after the first few instead of sorting every
// pending message (which the (status, next_attempt_at) index made it do).
import { sql } from 'kysely';
import type { VppMigration } from './types.js';

export const outboxPendingIndex: VppMigration = {
  async up(db) {
    await db.schema.dropIndex('outbox_pending').execute();
    await db.schema.createIndex('outbox_pending_by_id').on('outbox').column('id').where(sql.ref('status'), '=', 'pending').execute();
  },
};
