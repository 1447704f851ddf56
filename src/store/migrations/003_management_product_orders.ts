// Product orders (pre-filled by a partner or a merchant, or started in the portal) and the
// merchant agreements the portal records, which the Management API lists as contracts.
import type { VppMigration } from './types.js';

export const managementProductOrders: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('product_orders')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('scheme', 'text', (c) => c.notNull())
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('product_type', 'text', (c) => c.notNull())
      .addColumn('partner_id', 'text', (c) => c.references('partners.id'))
      .addColumn('owner_merchant_id', 'text', (c) => c.references('merchants.id'))
      .addColumn('key_set_id', 'text')
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('prefill', 'text', (c) => c.notNull())
      .addColumn('locked_fields', 'text', (c) => c.notNull())
      .addColumn('invalid', 'integer', (c) => c.notNull())
      .addColumn('invalid_reasons', 'text')
      .addColumn('sales_unit_name', 'text')
      .addColumn('sales_unit_logo', 'text')
      .addColumn('settlement_account', 'text')
      .addColumn('price_package_id', 'text')
      .addColumn('product_use_case', 'text')
      .addColumn('annual_turnover', 'bigint')
      .addColumn('intended_purpose', 'text')
      .addColumn('website', 'text')
      .addColumn('compliance_data', 'text')
      .addColumn('msn', 'text')
      .addColumn('status_reason', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('opened_at', 'bigint')
      .addColumn('submitted_at', 'bigint')
      .addColumn('processing_at', 'bigint')
      .addColumn('awaiting_customer_at', 'bigint')
      .addColumn('approved_at', 'bigint')
      .addColumn('stopped_at', 'bigint')
      .addColumn('deleted_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('product_orders_orgno').on('product_orders').column('orgno').execute();
    await db.schema.createIndex('product_orders_partner').on('product_orders').column('partner_id').execute();

    await db.schema
      .createTable('merchant_agreements')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('signer_nin', 'text', (c) => c.notNull())
      .addColumn('signed_at', 'bigint', (c) => c.notNull())
      .addColumn('pdf', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
      .addColumn('form_data', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('merchant_agreements_orgno').on('merchant_agreements').column('orgno').execute();
  },
};
