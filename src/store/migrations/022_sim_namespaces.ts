// The namespaces of the simulation: isolated worlds inside one vpp, each in a database (SQLite)
// or schema (PostgreSQL) of its own. The list lives in the main store, so every node can
// open a namespace another node created.
import type { VppMigration } from './types.js';

export const simNamespaces: VppMigration = {
  async up(db) {
    await db.schema
      .createTable('sim_namespaces')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('location', 'text', (c) => c.notNull().unique()) // the schema or file it lives in
      .addColumn('created_at', 'bigint', (c) => c.notNull()) // real time (each namespace has its own clock)
      .addColumn('source', 'text', (c) => c.notNull()) // what it was made from: "loaded", "demo" or "world"
      .execute();
  },
};
