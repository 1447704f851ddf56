// The partner's own journey: applications to become a partner, revoked partner keys, the
// traffic aggregates the integration checklists are judged from, and submissions for
// verification.
import type { VppMigration } from './types.js';

export const partnerJourney: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('partner_applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('org_name', 'text', (c) => c.notNull())
      .addColumn('contact_name', 'text', (c) => c.notNull())
      .addColumn('contact_email', 'text', (c) => c.notNull())
      .addColumn('contact_phone', 'text')
      .addColumn('partner_type', 'text', (c) => c.notNull())
      .addColumn('products', 'text', (c) => c.notNull())
      .addColumn('expected_merchants', 'integer', (c) => c.notNull())
      .addColumn('expected_revenue', 'bigint', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('level', 'text')
      .addColumn('decline_reason', 'text')
      .addColumn('partner_id', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('partner_applications_status').on('partner_applications').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('partner_applications_orgno').on('partner_applications').column('orgno').execute();

    await db.schema
      .createTable('revoked_key_sets')
      .addColumn('key_set_id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('revoked_by', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint', (c) => c.notNull())
      .execute();

    // One row per partner, API and counter: the calls the checklist rules count.
    await db.schema
      .createTable('checklist_counters')
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('counter', 'text', (c) => c.notNull())
      .addColumn('n', 'bigint', (c) => c.notNull())
      .addColumn('last_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('checklist_counters_pk', ['partner_id', 'api', 'counter'])
      .execute();
    // One row per partner, item and payment reference: which references a rule saw.
    await db.schema
      .createTable('checklist_references')
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('item', 'text', (c) => c.notNull())
      .addColumn('reference', 'text', (c) => c.notNull())
      .addColumn('msn', 'text', (c) => c.notNull())
      .addColumn('first_at', 'bigint', (c) => c.notNull())
      .addColumn('last_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('checklist_references_pk', ['partner_id', 'api', 'item', 'msn', 'reference'])
      .execute();
    await db.schema.createIndex('checklist_references_recent').on('checklist_references').columns(['partner_id', 'api', 'item', 'last_at']).execute();
    // What the partner uploaded or linked for items traffic cannot show.
    await db.schema
      .createTable('checklist_attachments')
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('item', 'text', (c) => c.notNull())
      .addColumn('link', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('checklist_attachments_pk', ['partner_id', 'api', 'item'])
      .execute();

    await db.schema
      .createTable('integration_submissions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('partner_id', 'text', (c) => c.notNull())
      .addColumn('api', 'text', (c) => c.notNull())
      .addColumn('references', 'text', (c) => c.notNull())
      .addColumn('pilot_orgno', 'text', (c) => c.notNull())
      .addColumn('pilot_name', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('operator_note', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('integration_submissions_status').on('integration_submissions').columns(['status', 'created_at']).execute();
    await db.schema.createIndex('integration_submissions_partner').on('integration_submissions').columns(['partner_id', 'created_at']).execute();

    // Partners verified for going live: listed in the signup forms and the public list.
    await db.schema
      .createTable('listed_partners')
      .addColumn('partner_id', 'text', (c) => c.primaryKey())
      .addColumn('listed_at', 'bigint', (c) => c.notNull())
      .execute();
  },
};
