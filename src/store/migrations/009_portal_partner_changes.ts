// A merchant's requests to move a sales unit to another partner, and each unit's history
// of such changes.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const portalPartnerChanges: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('partner_changes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('msn', 'text', (c) => c.notNull().references('sales_units.msn'))
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('from_partner_id', 'text', (c) => c.references('partners.id'))
      .addColumn('to_partner_id', 'text', (c) => c.notNull().references('partners.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      // The MSN while the request is open, null once it is closed: a unique column that
      // allows one open request per unit on both dialects (NULLs never collide).
      .addColumn('open_msn', 'text', (c) => c.unique())
      .addColumn('requested_by', 'text', (c) => c.notNull())
      .addColumn('requested_at', 'bigint', (c) => c.notNull())
      .addColumn('order_reference', 'text')
      .addColumn('order_received_by', 'text')
      .addColumn('order_received_at', 'bigint')
      .addColumn('closed_by', 'text')
      .addColumn('closed_at', 'bigint')
      .addColumn('close_reason', 'text')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('partner_changes_orgno').on('partner_changes').columns(['orgno', 'requested_at']).execute();

    await db.schema
      .createTable('sales_unit_history')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('msn', 'text', (c) => c.notNull().references('sales_units.msn'))
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('detail', 'text', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sales_unit_history_msn').on('sales_unit_history').columns(['msn', 'id']).execute();
  },
};
