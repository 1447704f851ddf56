// Userinfo by sub finds what a person shared with a unit by (msn, sub), in payments and in
// Recurring agreements: only the rows with a sub are indexed, so the index stays small.
import { sql } from 'kysely';
import type { VppMigration } from './types.js';

export const profileShareSubs: VppMigration = {
  async up(db) {
    await db.schema
      .createIndex('payments_profile_sub')
      .on('payments')
      .columns(['msn', 'profile_sub'])
      .where(sql.ref('profile_sub'), 'is not', null)
      .execute();
    await db.schema
      .createIndex('recurring_agreements_sub')
      .on('recurring_agreements')
      .columns(['msn', 'sub'])
      .where(sql.ref('sub'), 'is not', null)
      .execute();
  },
};
