// Each sales unit's Login client: client_id, sealed client_secret, registered redirect URIs
// and how it authenticates at the token endpoint.
import type { Queryable } from './db.js';
import { cachedRead } from './sqlite/cached-read.js';
import { prepared } from './sqlite/prepared.js';
import type { LoginClientRow } from './tables/login.js';
import type { LoginClient, TokenAuthMethod } from '../domain/login/login-client.js';

function toClient(r: LoginClientRow): LoginClient {
  return {
    clientId: r.client_id,
    msn: r.msn,
    sealedSecret: r.client_secret,
    redirectUris: JSON.parse(r.redirect_uris) as string[],
    tokenAuthMethod: r.token_auth_method as TokenAuthMethod,
  };
}

export async function findLoginClient(db: Queryable, clientId: string): Promise<LoginClient | undefined> {
  const r = await db.selectFrom('login_clients').selectAll().where('client_id', '=', clientId).executeTakeFirst();
  return r && toClient(r);
}

const clientById = cachedRead(prepared((db, clientId: string) => db.selectFrom('login_clients').selectAll().where('client_id', '=', clientId), 1), ['login_clients']);

/** The same, kept in memory between changes to the clients (asked on every CIBA poll). */
export async function findLoginClientKept(db: Queryable, clientId: string): Promise<LoginClient | undefined> {
  const r = await clientById.first(db, clientId);
  return r && toClient(r);
}

export async function findLoginClientByMsn(db: Queryable, msn: string): Promise<LoginClient | undefined> {
  const r = await db.selectFrom('login_clients').selectAll().where('msn', '=', msn).executeTakeFirst();
  return r && toClient(r);
}

export async function listLoginClients(db: Queryable, clientIds: string[]): Promise<LoginClient[]> {
  if (clientIds.length === 0) return [];
  const rows = await db.selectFrom('login_clients').selectAll().where('client_id', 'in', clientIds).execute();
  return rows.map(toClient);
}

/** Creates the unit's client or replaces what is given; returns the client as stored. */
export async function upsertLoginClient(
  db: Queryable,
  c: { msn: string; clientId: string; sealedSecret: string; redirectUris: string[]; tokenAuthMethod: TokenAuthMethod; now: number },
): Promise<void> {
  await db
    .insertInto('login_clients')
    .values({
      client_id: c.clientId,
      msn: c.msn,
      client_secret: c.sealedSecret,
      redirect_uris: JSON.stringify(c.redirectUris),
      token_auth_method: c.tokenAuthMethod,
      created_at: c.now,
      updated_at: c.now,
    })
    .onConflict((oc) =>
      oc.column('msn').doUpdateSet({
        client_id: c.clientId,
        client_secret: c.sealedSecret,
        redirect_uris: JSON.stringify(c.redirectUris),
        token_auth_method: c.tokenAuthMethod,
        updated_at: c.now,
      }),
    )
    .execute();
}

export async function setLoginClientSettings(
  db: Queryable,
  msn: string,
  s: { redirectUris: string[]; tokenAuthMethod: TokenAuthMethod; now: number },
): Promise<boolean> {
  const r = await db
    .updateTable('login_clients')
    .set({ redirect_uris: JSON.stringify(s.redirectUris), token_auth_method: s.tokenAuthMethod, updated_at: s.now })
    .where('msn', '=', msn)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
