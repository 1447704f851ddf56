// Who saw, regenerated or created a sales unit's API keys in the portal, and when.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const portalKeyAudit: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('key_audit')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('key_set_id', 'text', (c) => c.notNull().references('key_sets.id'))
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('nin', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('key_audit_orgno').on('key_audit').columns(['orgno', 'id']).execute();
  },
};
