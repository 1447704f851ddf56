// The scopes a person consented to share with a merchant's Login client: asked once,
// remembered until the person withdraws it in the app.
import type { Queryable } from './db.js';
import type { LoginConsent } from '../domain/login/login-consent.js';

export async function findLoginConsent(db: Queryable, sub: string, clientId: string): Promise<LoginConsent | undefined> {
  const r = await db.selectFrom('login_consents').selectAll().where('sub', '=', sub).where('client_id', '=', clientId).executeTakeFirst();
  return r && { sub: r.sub, clientId: r.client_id, scopes: r.scopes.split(' ').filter(Boolean), grantedAt: Number(r.granted_at) };
}

export async function listLoginConsents(db: Queryable, sub: string): Promise<LoginConsent[]> {
  const rows = await db.selectFrom('login_consents').selectAll().where('sub', '=', sub).orderBy('granted_at', 'desc').execute();
  return rows.map((r) => ({ sub: r.sub, clientId: r.client_id, scopes: r.scopes.split(' ').filter(Boolean), grantedAt: Number(r.granted_at) }));
}

export async function saveLoginConsent(db: Queryable, c: LoginConsent): Promise<void> {
  const scopes = c.scopes.join(' ');
  await db
    .insertInto('login_consents')
    .values({ sub: c.sub, client_id: c.clientId, scopes, granted_at: c.grantedAt })
    .onConflict((oc) => oc.columns(['sub', 'client_id']).doUpdateSet({ scopes, granted_at: c.grantedAt }))
    .execute();
}

export async function deleteLoginConsent(db: Queryable, sub: string, clientId: string): Promise<boolean> {
  const r = await db.deleteFrom('login_consents').where('sub', '=', sub).where('client_id', '=', clientId).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
