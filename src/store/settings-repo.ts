import { sql } from 'kysely';
import type { Queryable } from './db.js';

export async function getSetting(db: Queryable, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setSetting(db: Queryable, key: string, value: string, now: number): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}

/** Writes the value unless the key exists; returns the value that is stored afterwards. */
export async function getOrInsertSetting(db: Queryable, key: string, value: string, now: number): Promise<string> {
  await db.insertInto('settings').values({ key, value, updated_at: now }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await getSetting(db, key)) ?? value;
}

/**
 * Adds `delta` to a numeric setting in one statement, so that adds made at the same moment
 * on several nodes all count; returns the new value.
 */
export async function addToNumericSetting(db: Queryable, key: string, delta: number, now: number): Promise<number> {
  const row = await db
    .insertInto('settings')
    .values({ key, value: String(delta), updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: sql<string>`CAST(CAST(settings.value AS BIGINT) + ${delta} AS TEXT)`, updated_at: now }))
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
