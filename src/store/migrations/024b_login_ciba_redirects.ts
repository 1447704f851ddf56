// Login from phone number with redirect to browser: where the browser goes once the person
// confirms, and the one-time code it carries (kept as a keyed hash).
import type { VppMigration } from './types.js';

export const loginCibaRedirects: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('login_ciba_redirects')
      .addColumn('auth_req_id', 'text', (c) => c.primaryKey())
      .addColumn('client_id', 'text', (c) => c.notNull())
      .addColumn('redirect_uri', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.unique())
      .addColumn('code_expires_at', 'bigint')
      .addColumn('code_used_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
