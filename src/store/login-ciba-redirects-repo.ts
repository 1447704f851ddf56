// CIBA requests that end in the browser (requested_flow=login_to_webpage): the redirect URI,
// and the one-time code the browser brings back, stored as a keyed hash.
import type { Queryable } from './db.js';

export async function insertCibaRedirect(db: Queryable, r: { authReqId: string; clientId: string; redirectUri: string; now: number }): Promise<void> {
  await db
    .insertInto('login_ciba_redirects')
    .values({ auth_req_id: r.authReqId, client_id: r.clientId, redirect_uri: r.redirectUri, code_hash: null, code_expires_at: null, code_used_at: null, created_at: r.now })
    .execute();
}

export function findCibaRedirect(db: Queryable, authReqId: string) {
  return db.selectFrom('login_ciba_redirects').selectAll().where('auth_req_id', '=', authReqId).executeTakeFirst();
}

/** Gives the request its code; false when it already has one (answered twice). */
export async function setCibaRedirectCode(db: Queryable, authReqId: string, codeHash: string, expiresAt: number): Promise<boolean> {
  const r = await db
    .updateTable('login_ciba_redirects')
    .set({ code_hash: codeHash, code_expires_at: expiresAt })
    .where('auth_req_id', '=', authReqId)
    .where('code_hash', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/** Uses a code of the client once: the request it belongs to, or undefined when unknown, another client's, used or expired. */
export async function useCibaRedirectCode(db: Queryable, o: { codeHash: string; clientId: string; now: number }): Promise<{ authReqId: string; clientId: string } | undefined> {
  const r = await db
    .updateTable('login_ciba_redirects')
    .set({ code_used_at: o.now })
    .where('code_hash', '=', o.codeHash)
    .where('client_id', '=', o.clientId)
    .where('code_used_at', 'is', null)
    .where('code_expires_at', '>', o.now)
    .returning(['auth_req_id', 'client_id'])
    .executeTakeFirst();
  return r && { authReqId: r.auth_req_id, clientId: r.client_id };
}
