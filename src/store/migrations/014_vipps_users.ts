// Users of the simulated Vipps MobilePay app: payers and people who log in.
import type { VppMigration } from './types.js';

export const vippsUsers: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('vipps_users')
      .addColumn('phone', 'text', (c) => c.primaryKey())
      .addColumn('sub', 'text', (c) => c.notNull().unique())
      .addColumn('first_name', 'text', (c) => c.notNull())
      .addColumn('last_name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('email_verified', 'integer', (c) => c.notNull().defaultTo(1))
      .addColumn('birth_date', 'text')
      .addColumn('nin', 'text')
      .addColumn('address', 'text') // JSON UserAddress
      .addColumn('bank_accounts', 'text', (c) => c.notNull().defaultTo('[]')) // JSON BankAccount[]
      .addColumn('card_outcome', 'text', (c) => c.notNull().defaultTo('ok'))
      .addColumn('card_balance', 'bigint')
      .addColumn('behaviour', 'text', (c) => c.notNull().defaultTo('ask'))
      .execute();
  },
};
