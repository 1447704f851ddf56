// Continuation-Tokens of the Recurring API's lists: a short-lived token names where the
// next page of one caller's list starts.
import type { VppMigration } from './types.js';

export const recurringContinuationTokens: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('recurring_continuation_tokens')
      .addColumn('token', 'text', (c) => c.primaryKey())
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('list', 'text', (c) => c.notNull()) // which list, with its filters
      .addColumn('after_created_at', 'bigint', (c) => c.notNull())
      .addColumn('after_id', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
