// What the inspector shows of a request beyond its summary row: headers and bodies, secrets
// redacted and each body capped. A table of its own, pruned to the newest rows, so the
// summary log that API quality and the checklists read stays narrow.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const requestLogDetails: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('api_requests_detail')
      .addColumn('seq', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('request_id', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('method', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull()) // path and query string
      .addColumn('status', 'integer', (c) => c.notNull())
      .addColumn('key_set_id', 'text')
      .addColumn('request_headers', 'text', (c) => c.notNull()) // JSON object, redacted
      .addColumn('request_body', 'text') // redacted, at most the cap
      .addColumn('response_headers', 'text', (c) => c.notNull())
      .addColumn('response_body', 'text')
      .addColumn('replayable', 'integer', (c) => c.notNull()) // 0 when a body was cut or had secrets taken out
      .execute();
    await db.schema.createIndex('api_requests_detail_request_id').on('api_requests_detail').columns(['request_id', 'seq']).execute();
  },
};
