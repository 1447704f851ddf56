// Recurring API: agreements, their charges and each charge's event log.
import { sql } from 'kysely';
import { serialPrimaryKey, serialType, type VppMigration } from './types.js';

export const recurring: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('recurring_agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('uuid', 'text', (c) => c.notNull().unique())
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('pricing_type', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint')
      .addColumn('suggested_max_amount', 'bigint')
      .addColumn('max_amount', 'bigint')
      .addColumn('interval_unit', 'text', (c) => c.notNull())
      .addColumn('interval_count', 'integer', (c) => c.notNull())
      .addColumn('product_name', 'text', (c) => c.notNull())
      .addColumn('product_description', 'text')
      .addColumn('merchant_agreement_url', 'text', (c) => c.notNull())
      .addColumn('merchant_redirect_url', 'text', (c) => c.notNull())
      .addColumn('phone_number', 'text')
      .addColumn('payer_phone', 'text')
      .addColumn('scope', 'text')
      .addColumn('sub', 'text')
      .addColumn('external_id', 'text')
      .addColumn('campaign', 'text') // JSON
      .addColumn('initial_charge', 'text') // JSON: the request's initialCharge
      .addColumn('initial_charge_id', 'text')
      .addColumn('skip_landing_page', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('is_app', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('confirmation_token', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('start_at', 'bigint')
      .addColumn('stop_at', 'bigint')
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('recurring_agreements_by_unit').on('recurring_agreements').columns(['msn', 'status', 'created_at']).execute();
    await db.schema.createIndex('recurring_agreements_by_payer').on('recurring_agreements').columns(['payer_phone', 'status']).execute();
    await db.schema
      .createIndex('recurring_agreements_pending_expiry')
      .on('recurring_agreements')
      .column('expires_at')
      .where(sql.ref('status'), '=', 'PENDING')
      .execute();

    await db.schema
      .createTable('recurring_charges')
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('agreement_id', 'text', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('transaction_type', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('currency', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('reserved', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('captured', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('refunded', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('cancelled', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('due', 'text', (c) => c.notNull())
      .addColumn('retry_days', 'integer', (c) => c.notNull())
      .addColumn('external_id', 'text')
      .addColumn('failure_reason', 'text')
      .addColumn('failure_description', 'text')
      .addColumn('next_attempt_at', 'bigint')
      .addColumn('last_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('recurring_charges_pk', ['msn', 'id'])
      .execute();
    await db.schema.createIndex('recurring_charges_by_agreement').on('recurring_charges').columns(['agreement_id', 'created_at']).execute();
    await db.schema
      .createIndex('recurring_charges_due')
      .on('recurring_charges')
      .column('next_attempt_at')
      .where(sql.ref('next_attempt_at'), 'is not', null)
      .execute();

    await db.schema
      .createTable('recurring_charge_events')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('charge_id', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('amount', 'bigint', (c) => c.notNull())
      .addColumn('idempotency_key', 'text')
      .addColumn('success', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('recurring_charge_events_by_charge').on('recurring_charge_events').columns(['msn', 'charge_id', 'id']).execute();
  },
};
