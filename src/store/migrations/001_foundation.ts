// Registry, partners, merchants, sales units, key sets, operators, settings, the request
// log and the outbox: what every API surface builds on.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const foundation: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('persons')
      .addColumn('nin', 'text', (c) => c.primaryKey())
      .addColumn('first_name', 'text', (c) => c.notNull())
      .addColumn('last_name', 'text', (c) => c.notNull())
      .addColumn('phone', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('persons_phone').on('persons').column('phone').execute();

    await db.schema
      .createTable('registry_organisations')
      .addColumn('orgno', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('organisation_form', 'text', (c) => c.notNull())
      .addColumn('business_address', 'text', (c) => c.notNull())
      .addColumn('postal_address', 'text')
      .addColumn('industry', 'text')
      .execute();

    await db.schema
      .createTable('registry_roles')
      .addColumn('orgno', 'text', (c) => c.notNull().references('registry_organisations.orgno'))
      .addColumn('nin', 'text', (c) => c.notNull().references('persons.nin'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('registry_roles_pk', ['orgno', 'nin', 'role'])
      .execute();
    await db.schema.createIndex('registry_roles_nin').on('registry_roles').column('nin').execute();

    await db.schema
      .createTable('partners')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('level', 'text', (c) => c.notNull())
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('price_packages')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('product_type', 'text', (c) => c.notNull())
      .addColumn('visible_in_signup', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('price_packages_partner').on('price_packages').column('partner_id').execute();

    await db.schema
      .createTable('merchants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('orgno', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('sales_units')
      .addColumn('msn', 'text', (c) => c.primaryKey())
      .addColumn('merchant_id', 'text', (c) => c.notNull().references('merchants.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
      .addColumn('capture_type', 'text', (c) => c.notNull())
      .addColumn('skip_landing_page', 'integer', (c) => c.notNull())
      .addColumn('recurring_allowed', 'integer', (c) => c.notNull())
      .addColumn('payment_allowed', 'integer', (c) => c.notNull())
      .addColumn('settlement_account', 'text')
      .addColumn('price_package_id', 'text')
      .addColumn('product_type', 'text')
      .addColumn('logo', 'text')
      .addColumn('website_url', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sales_units_merchant').on('sales_units').column('merchant_id').execute();
    await db.schema.createIndex('sales_units_partner').on('sales_units').column('partner_id').execute();

    await db.schema
      .createTable('key_sets')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
      .addColumn('merchant_id', 'text', (c) => c.references('merchants.id'))
      .addColumn('msn', 'text', (c) => c.references('sales_units.msn'))
      .addColumn('client_id', 'text', (c) => c.notNull().unique())
      .addColumn('client_secret_enc', 'text', (c) => c.notNull())
      .addColumn('client_secret_hash', 'text', (c) => c.notNull())
      .addColumn('sub_primary_enc', 'text', (c) => c.notNull())
      .addColumn('sub_primary_hash', 'text', (c) => c.notNull())
      .addColumn('sub_secondary_enc', 'text', (c) => c.notNull())
      .addColumn('sub_secondary_hash', 'text', (c) => c.notNull())
      .addColumn('generation', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('key_sets_sub_primary').on('key_sets').column('sub_primary_hash').execute();
    await db.schema.createIndex('key_sets_sub_secondary').on('key_sets').column('sub_secondary_hash').execute();

    await db.schema
      .createTable('operators')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('username', 'text', (c) => c.notNull().unique())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('api_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('route', 'text', (c) => c.notNull())
      .addColumn('path', 'text', (c) => c.notNull())
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('latency_ms', 'double precision', (c) => c.notNull())
      .addColumn('msn', 'text')
      .addColumn('key_set_id', 'text')
      .addColumn('key_kind', 'text')
      .addColumn('owner', 'text')
      .addColumn('system_name', 'text')
      .addColumn('system_version', 'text')
      .addColumn('plugin_name', 'text')
      .addColumn('plugin_version', 'text')
      .execute();
    await db.schema.createIndex('api_requests_msn_at').on('api_requests').columns(['msn', 'at']).execute();
    await db.schema.createIndex('api_requests_at').on('api_requests').column('at').execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('topic', 'text', (c) => c.notNull())
      .addColumn('ordering_key', 'text', (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
      .addColumn('locked_by', 'text')
      .addColumn('locked_until', 'bigint')
      .addColumn('last_error', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('done_at', 'bigint')
      .execute();
    await db.schema.createIndex('outbox_pending').on('outbox').columns(['status', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_ordering').on('outbox').columns(['ordering_key', 'id']).execute();
  },
};
