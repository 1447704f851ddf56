// Browser sessions of the portal and the back office, and every email vpp sends.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const web: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('web_sessions')
      .addColumn('id_hash', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('csrf', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('emails')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('to_address', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('smtp_status', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('emails_to').on('emails').columns(['to_address', 'id']).execute();
  },
};
