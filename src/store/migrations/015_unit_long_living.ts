// Long-living payments (ePayment `expiresAt`) are a permission of a sales unit, like
// skip-landing-page and the capture type: off unless granted.
import type { VppMigration } from './types.js';

export const unitLongLiving: VppMigration = {
  async up(db) {
    await db.schema.alterTable('sales_units').addColumn('long_living_allowed', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  },
};
