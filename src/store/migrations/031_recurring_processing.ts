// Charge attempts that take time on the simulated clock: a payer's card may take minutes to
// process a Recurring charge (the charge shows PROCESSING meanwhile), and a cancel asked for
// while it processes is enacted when the attempt ends.
import type { VppMigration } from './types.js';

export const recurringProcessing: VppMigration = {
  async up(db) {
    await db.schema.alterTable('vipps_users').addColumn('charge_processing_minutes', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('recurring_charges').addColumn('cancel_requested_at', 'bigint').execute();
  },
};
