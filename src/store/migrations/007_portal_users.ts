// People a merchant gave portal access to (add-portal-user.md): permissions and units.
import type { VppMigration } from './types.js';

export const portalUsers: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('portal_users')
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('nin', 'text', (c) => c.notNull().references('persons.nin'))
      .addColumn('permissions', 'text', (c) => c.notNull())
      .addColumn('units', 'text', (c) => c.notNull())
      .addColumn('added_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('portal_users_pk', ['orgno', 'nin'])
      .execute();
    await db.schema.createIndex('portal_users_nin').on('portal_users').column('nin').execute();
  },
};
