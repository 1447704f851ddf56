// ePayment: payments with their money aggregate, and each payment's append-only event log.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const payments: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('payments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('psp_reference', 'text', (c) => c.notNull().unique())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('authorized', 'bigint', (c) => c.notNull())
      .addColumn('captured', 'bigint', (c) => c.notNull())
      .addColumn('refunded', 'bigint', (c) => c.notNull())
      .addColumn('cancelled', 'bigint', (c) => c.notNull())
      .addColumn('payment_method', 'text', (c) => c.notNull())
      .addColumn('user_flow', 'text', (c) => c.notNull())
      .addColumn('customer_phone', 'text')
      .addColumn('payer_phone', 'text')
      .addColumn('description', 'text')
      .addColumn('return_url', 'text')
      .addColumn('metadata', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('profile_scope', 'text')
      .addColumn('profile_sub', 'text')
      .addColumn('landing_token', 'text', (c) => c.notNull().unique())
      .addColumn('long_living', 'integer', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('authorized_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    // The reference is unique per sales unit; this index also serves every lookup.
    await db.schema.createIndex('payments_msn_reference').on('payments').columns(['msn', 'reference']).unique().execute();
    await db.schema.createIndex('payments_state_expires').on('payments').columns(['state', 'expires_at']).execute();
    await db.schema.createIndex('payments_customer_phone').on('payments').columns(['customer_phone', 'state']).execute();
    await db.schema.createIndex('payments_created').on('payments').column('created_at').execute();

    await db.schema
      .createTable('payment_events')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('event_id', 'text', (c) => c.notNull().unique())
      .addColumn('payment_id', 'text', (c) => c.notNull().references('payments.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('psp_reference', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('success', 'integer', (c) => c.notNull())
      .addColumn('idempotency_key', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('payment_events_payment').on('payment_events').columns(['payment_id', 'id']).execute();
  },
};
