// The request log had two indexes, (msn, at) and (at): each row written went into both, and
// that was most of its cost in SQLite (one index on (msn, seq) costs a fraction, in the
// batches the log writer stores). Rows are
// appended in the order they were answered, so the sequence alone orders them newest first;
// the one index keeps a unit's rows together for the inspector and API quality.
import type { VppMigration } from './types.js';

export const requestLogOneIndex: VppMigration = {
  async up(db) {
    await db.schema.createIndex('api_requests_msn_seq').on('api_requests').columns(['msn', 'seq']).execute();
    await db.schema.dropIndex('api_requests_msn_at').execute();
    await db.schema.dropIndex('api_requests_at').execute();
  },
};
