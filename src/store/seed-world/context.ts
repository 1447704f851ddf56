// What each part of seeding a world shares: the transaction, the world, the counts, and an
// upsert that writes a row only when a compared field differs.
import type { World } from '../../domain/world/world-schema.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db, Tx } from '../db.js';

export interface SeedResult { inserted: number; updated: number }

export interface SeedContext {
  tx: Tx;
  box: SecretBox;
  world: World;
  now: number;
  counts: SeedResult;
  /** Inserts the row, or updates the compared fields that differ. */
  upsert<T extends Record<string, unknown>>(table: string, keyCol: string, row: T, compare?: (keyof T)[]): Promise<void>;
  /** Partner ids by name: the world's own, then the stored ones. */
  partnerIds: Map<string, string>;
}

export function seedContext(o: { tx: Tx; box: SecretBox; world: World; now: number }): SeedContext {
  const counts: SeedResult = { inserted: 0, updated: 0 };
  // Kysely cannot type a table chosen at run time, hence the one untyped handle.
  const loose = o.tx as unknown as Db & { selectFrom(t: string): any; insertInto(t: string): any; updateTable(t: string): any };
  const upsert = async <T extends Record<string, unknown>>(table: string, keyCol: string, row: T, compare: (keyof T)[] = Object.keys(row)) => {
    const existing = await loose.selectFrom(table).selectAll().where(keyCol, '=', row[keyCol]).executeTakeFirst();
    if (!existing) {
      await loose.insertInto(table).values(row).execute();
      counts.inserted++;
      return;
    }
    const changed: Record<string, unknown> = {};
    for (const c of compare) if (existing[c] !== row[c]) changed[c as string] = row[c];
    if (Object.keys(changed).length) {
      await loose.updateTable(table).set(changed).where(keyCol, '=', row[keyCol]).execute();
      counts.updated++;
    }
  };
  return { ...o, counts, upsert, partnerIds: new Map() };
}

export async function partnerIdOf(c: SeedContext, name: string): Promise<string> {
  return c.partnerIds.get(name) ?? (await c.tx.selectFrom('partners').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
}

export async function merchantIdOf(c: SeedContext, orgno: string): Promise<string> {
  return (await c.tx.selectFrom('merchants').select('id').where('orgno', '=', orgno).executeTakeFirstOrThrow()).id;
}
