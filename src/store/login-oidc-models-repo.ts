// The OpenID provider's models (authorization codes, access tokens, sessions, grants,
// interactions, CIBA requests) as rows, so every node and every restart sees them. Expiry
// is on vpp's clock: a row past its time is not found.
import type { Queryable } from './db.js';
import { prepared } from './sqlite/prepared.js';
import { cachedRead } from './sqlite/cached-read.js';

export interface OidcModelWrite {
  model: string;
  id: string;
  payload: Record<string, unknown>;
  expiresAt: number | null;
}

export async function upsertOidcModel(db: Queryable, w: OidcModelWrite): Promise<void> {
  const p = w.payload;
  const row = {
    payload: JSON.stringify(p),
    grant_id: typeof p.grantId === 'string' ? p.grantId : null,
    uid: typeof p.uid === 'string' ? p.uid : null,
    account_id: typeof p.accountId === 'string' ? p.accountId : null,
    expires_at: w.expiresAt,
  };
  await db
    .insertInto('login_oidc_models')
    .values({ model: w.model, id: w.id, consumed_at: null, ...row })
    .onConflict((oc) => oc.columns(['model', 'id']).doUpdateSet(row))
    .execute();
}

function live(payload: string, consumedAt: number | null): Record<string, unknown> {
  const p = JSON.parse(payload) as Record<string, unknown>;
  return consumedAt === null ? p : { ...p, consumed: Math.floor(consumedAt / 1000) };
}

export async function findOidcModel(db: Queryable, model: string, id: string, now: number): Promise<Record<string, unknown> | undefined> {
  const r = await db
    .selectFrom('login_oidc_models')
    .select(['payload', 'consumed_at', 'expires_at'])
    .where('model', '=', model)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!r || (r.expires_at !== null && Number(r.expires_at) <= now)) return undefined;
  return live(r.payload, r.consumed_at === null ? null : Number(r.consumed_at));
}

export async function findOidcModelByUid(db: Queryable, model: string, uid: string, now: number): Promise<Record<string, unknown> | undefined> {
  const r = await db
    .selectFrom('login_oidc_models')
    .select(['payload', 'consumed_at', 'expires_at'])
    .where('model', '=', model)
    .where('uid', '=', uid)
    .executeTakeFirst();
  if (!r || (r.expires_at !== null && Number(r.expires_at) <= now)) return undefined;
  return live(r.payload, r.consumed_at === null ? null : Number(r.consumed_at));
}

/** Marks a code or token used; false when it already was (two nodes redeeming one code). */
export async function consumeOidcModel(db: Queryable, model: string, id: string, now: number): Promise<boolean> {
  const r = await db
    .updateTable('login_oidc_models')
    .set({ consumed_at: now })
    .where('model', '=', model)
    .where('id', '=', id)
    .where('consumed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function destroyOidcModel(db: Queryable, model: string, id: string): Promise<void> {
  await db.deleteFrom('login_oidc_models').where('model', '=', model).where('id', '=', id).execute();
}

/** Everything issued under one grant (a refused or withdrawn consent, a code used twice). */
export async function revokeOidcGrant(db: Queryable, grantId: string): Promise<void> {
  await db.deleteFrom('login_oidc_models').where('grant_id', '=', grantId).execute();
}

/** A person's CIBA requests still waiting for their answer in the app, newest first. */
export async function listPendingBackchannelRequests(db: Queryable, accountId: string, now: number): Promise<{ id: string; payload: Record<string, unknown>; expiresAt: number }[]> {
  const rows = await db
    .selectFrom('login_oidc_models')
    .select(['id', 'payload', 'expires_at'])
    .where('model', '=', 'BackchannelAuthenticationRequest')
    .where('account_id', '=', accountId)
    .where('consumed_at', 'is', null)
    .where('expires_at', '>', now)
    .execute();
  return rows
    .map((r) => ({ id: r.id, payload: JSON.parse(r.payload) as Record<string, unknown>, expiresAt: Number(r.expires_at) }))
    .filter((r) => r.payload.grantId === undefined && r.payload.error === undefined)
    .sort((a, b) => b.expiresAt - a.expiresAt);
}

/** True when the row exists and its time has passed. */
export async function oidcModelExpired(db: Queryable, model: string, id: string, now: number): Promise<boolean> {
  const r = await db.selectFrom('login_oidc_models').select('expires_at').where('model', '=', model).where('id', '=', id).executeTakeFirst();
  return !!r && r.expires_at !== null && Number(r.expires_at) <= now;
}

/** Every grant a person gave one client, and what was issued under them. */
export async function revokeOidcGrantsOf(db: Queryable, accountId: string, clientId: string): Promise<void> {
  const grants = await db.selectFrom('login_oidc_models').select(['id', 'payload']).where('model', '=', 'Grant').where('account_id', '=', accountId).execute();
  for (const g of grants) {
    if ((JSON.parse(g.payload) as { clientId?: string }).clientId !== clientId) continue;
    await db.deleteFrom('login_oidc_models').where('grant_id', '=', g.id).execute();
    await db.deleteFrom('login_oidc_models').where('model', '=', 'Grant').where('id', '=', g.id).execute();
  }
}

// A merchant polls a pending CIBA request every few seconds until the person answers: kept
// in memory until the provider next writes a model (an answer is such a write).
const modelRow = cachedRead(
  prepared(
    (db, model: string, id: string) => db.selectFrom('login_oidc_models').select(['payload', 'consumed_at', 'expires_at']).where('model', '=', model).where('id', '=', id),
    2,
  ),
  ['login_oidc_models'],
);

/** A CIBA request as the poll needs it: whose it is, and whether it is still unanswered. */
export async function findBackchannelRequestState(
  db: Queryable,
  authReqId: string,
  now: number,
): Promise<{ clientId: string; answered: boolean } | undefined> {
  const r = await modelRow.first(db, 'BackchannelAuthenticationRequest', authReqId);
  if (!r || r.expires_at === null || Number(r.expires_at) <= now) return undefined;
  const p = JSON.parse(r.payload) as { clientId?: unknown; grantId?: unknown; error?: unknown };
  if (typeof p.clientId !== 'string') return undefined;
  return { clientId: p.clientId, answered: r.consumed_at !== null || p.grantId !== undefined || p.error !== undefined };
}
