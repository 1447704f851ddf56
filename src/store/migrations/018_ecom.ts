// eCom API v2: the eCom face of the shared payments. The payment row gets what only eCom
// knows (its merchant URLs, payment type, shipping; the callback authToken sealed), and each
// eCom event its transaction text, kept beside the shared event log.
import type { VppMigration } from './types.js';

export const ecom: VppMigration = {
  async up(db) {
    // JSON of the eCom-only facts; null for a payment made through ePayment.
    await db.schema.alterTable('payments').addColumn('ecom', 'text').execute();
    // The merchant's authToken for callbacks, sealed with the SecretBox.
    await db.schema.alterTable('payments').addColumn('ecom_auth_token', 'text').execute();
    await db.schema
      .createTable('ecom_event_texts')
      .addColumn('event_id', 'text', (c) => c.primaryKey())
      .addColumn('transaction_text', 'text', (c) => c.notNull())
      .execute();
  },
};
