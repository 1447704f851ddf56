// The changelog of sales units: every change made through the Management API (and later
// the portal and back office), with who made it and when.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const managementSalesUnitChanges: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('sales_unit_changes')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('msn', 'text', (c) => c.notNull().references('sales_units.msn'))
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('old_value', 'text')
      .addColumn('new_value', 'text')
      .addColumn('key_set_id', 'text')
      .addColumn('key_kind', 'text')
      .addColumn('changed_by', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sales_unit_changes_msn').on('sales_unit_changes').columns(['msn', 'id']).execute();
  },
};
