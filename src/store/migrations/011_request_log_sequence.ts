// The request log was keyed by the request id: a random UUID, so every batch of inserts
// touched pages all over its index, and each row cost more as the table grew. Rows now get a
// sequence number as their key and are appended; the request id is a plain column, which
// also keeps two requests that sent the same X-Request-Id as two rows.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

const COLUMNS = [
  'id', 'at', 'api', 'method', 'route', 'path', 'status', 'latency_ms', 'msn', 'key_set_id',
  'key_kind', 'owner', 'system_name', 'system_version', 'plugin_name', 'plugin_version',
] as const;

export const requestLogSequence: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('api_requests_next')
      .addColumn('seq', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('id', 'text', (c) => c.notNull())
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
    await db
      .insertInto('api_requests_next')
      .columns([...COLUMNS])
      .expression(db.selectFrom('api_requests').select([...COLUMNS]).orderBy('at').orderBy('id'))
      .execute();
    await db.schema.dropTable('api_requests').execute();
    await db.schema.alterTable('api_requests_next').renameTo('api_requests').execute();
    await db.schema.createIndex('api_requests_msn_at').on('api_requests').columns(['msn', 'at']).execute();
    await db.schema.createIndex('api_requests_at').on('api_requests').column('at').execute();
  },
};
