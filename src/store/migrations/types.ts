import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { DialectName } from '../db.js';

/** A migration that may need to know the dialect (auto-increment ids, partial indexes, …). */
export interface VppMigration {
  up(db: Kysely<any>, dialect: DialectName): Promise<void>;
}

/** Column type of an auto-incrementing 64-bit primary key. */
export function serialType(dialect: DialectName): 'integer' | 'bigserial' {
  return dialect === 'postgres' ? 'bigserial' : 'integer';
}

/** Builder of that primary key: BIGSERIAL on PostgreSQL, INTEGER … AUTOINCREMENT on SQLite. */
export function serialPrimaryKey(dialect: DialectName) {
  return (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement());
}
