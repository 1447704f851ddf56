// Key sets: client id, sealed secret and subscription keys, and the owner they act for.
import type { SealedCredentials } from '../security/seal-credentials.js';
import type { KeySetView } from '../domain/access/key-set-view.js';
import type { KeyKind } from '../domain/world/world-schema.js';
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';
import type { KeySetRow } from './tables/foundation.js';

/** A key set with what the authorization model needs to know about its owner. */
export interface KeySetWithOwner extends KeySetRow {
  partner_name: string | null;
  partner_level: string | null;
  merchant_orgno: string | null;
}

/** Key sets joined to the partner or merchant that owns them, with what is needed of the owner. */
function ownerJoined(db: Queryable) {
  return db
    .selectFrom('key_sets as k')
    .leftJoin('partners as p', 'p.id', 'k.partner_id')
    .leftJoin('merchants as m', 'm.id', 'k.merchant_id')
    .select(['p.name as partner_name', 'p.level as partner_level', 'm.orgno as merchant_orgno']);
}

/** The tables `ownerJoined` reads: a cached read of it is dropped when one of them changes. */
const OWNER_JOINED_TABLES = ['key_sets', 'partners', 'merchants'];

const withOwner = (db: Queryable) => ownerJoined(db).selectAll('k');

const byId = prepared((db, id: string) => withOwner(db).where('k.id', '=', id), 1);

/** What identifying a caller needs of a key set: no sealed secrets, so a smaller row. */
export type CallerKeySet = Pick<
  KeySetWithOwner,
  'id' | 'kind' | 'client_id' | 'generation' | 'partner_id' | 'merchant_id' | 'msn' | 'sub_primary_hash' | 'sub_secondary_hash' | 'partner_name' | 'partner_level' | 'merchant_orgno'
>;

const callerById = cachedRead(
  prepared(
    (db, id: string) =>
      ownerJoined(db)
        .select(['k.id', 'k.kind', 'k.client_id', 'k.generation', 'k.partner_id', 'k.merchant_id', 'k.msn', 'k.sub_primary_hash', 'k.sub_secondary_hash'])
        .where('k.id', '=', id),
    1,
  ),
  OWNER_JOINED_TABLES,
);

/** Read on every API request: the key set as it is now (regenerated keys count at once). */
export function findCallerKeySet(db: Queryable, id: string): Promise<CallerKeySet | undefined> {
  return callerById.first(db, id);
}

/** A key set with its sealed credentials (regenerating keys needs them). */
export function findKeySetById(db: Queryable, id: string): Promise<KeySetWithOwner | undefined> {
  return byId.first(db, id);
}

// The two reads of every token request, kept between changes like the caller's key set.
const byClientId = cachedRead(
  prepared((db, clientId: string) => withOwner(db).where('k.client_id', '=', clientId), 1),
  OWNER_JOINED_TABLES,
);

export function findKeySetByClientId(db: Queryable, clientId: string): Promise<KeySetWithOwner | undefined> {
  return byClientId.first(db, clientId);
}

const bySubscriptionHash = cachedRead(
  prepared(
    (db, hash: string) =>
      db
        .selectFrom('key_sets')
        .select('id')
        .where((eb) => eb.or([eb('sub_primary_hash', '=', hash), eb('sub_secondary_hash', '=', hash)])),
    1,
  ),
  ['key_sets'],
);

/** The key set a subscription key (by its hash) belongs to, if any. */
export function findKeySetBySubscriptionHash(db: Queryable, hash: string): Promise<{ id: string } | undefined> {
  return bySubscriptionHash.first(db, hash);
}

export async function insertKeySet(db: Queryable, row: KeySetRow): Promise<void> {
  await db.insertInto('key_sets').values(row).execute();
}

export type { SealedCredentials };

/** Replaces the credentials and bumps the generation, so tokens of the old ones stop working. */
export async function replaceCredentials(db: Queryable, id: string, sealed: SealedCredentials, now: number): Promise<void> {
  await db
    .updateTable('key_sets')
    .set((eb) => ({ ...sealed, generation: eb('generation', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .execute();
}

export function listKeySets(db: Queryable): Promise<KeySetWithOwner[]> {
  return withOwner(db).orderBy('k.created_at').orderBy('k.client_id').execute();
}

/** What the access rules need of a key set and its owner. */
export function keySetViewOf(row: CallerKeySet): KeySetView {
  return {
    id: row.id,
    kind: row.kind as KeyKind,
    clientId: row.client_id,
    generation: row.generation,
    partnerId: row.partner_id,
    partnerName: row.partner_name,
    partnerLevel: row.partner_level,
    merchantId: row.merchant_id,
    merchantOrgno: row.merchant_orgno,
    msn: row.msn,
  };
}
