// The back office's cases: one per signed merchant agreement and per submitted product
// order, with its queue state, the operator's own check, the decision, and its history.
import type { VppMigration } from './types.js';
import { serialPrimaryKey, serialType } from './types.js';

export const signupCases: VppMigration = {
  async up(db, dialect) {
    await db.schema
      .createTable('signup_cases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('orgno', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('submitted_at', 'bigint', (c) => c.notNull())
      .addColumn('queued_at', 'bigint', (c) => c.notNull())
      .addColumn('org_number_visible', 'integer', (c) => c.notNull())
      .addColumn('questions_asked', 'integer', (c) => c.notNull())
      .addColumn('internal_reason', 'text')
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', 'bigint')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addUniqueConstraint('signup_cases_subject', ['kind', 'subject_id'])
      .execute();
    await db.schema.createIndex('signup_cases_queue').on('signup_cases').columns(['state', 'submitted_at']).execute();
    await db.schema.createIndex('signup_cases_orgno').on('signup_cases').column('orgno').execute();

    await db.schema
      .createTable('signup_case_events')
      .addColumn('id', serialType(dialect), serialPrimaryKey(dialect))
      .addColumn('case_id', 'text', (c) => c.notNull().references('signup_cases.id'))
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('actor', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('text', 'text')
      .addColumn('visible_to_merchant', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('signup_case_events_case').on('signup_case_events').columns(['case_id', 'id']).execute();
  },
};
