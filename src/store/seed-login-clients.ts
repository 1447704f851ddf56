// The world's Login clients: a unit ordered with Login (VIPPS_LOGG_INN) or given a `login`
// block gets a client_id and a sealed client_secret, generated once unless the world names
// them; the block's redirect URIs and token endpoint method replace the stored ones.
import { randomBytes, randomUUID } from 'node:crypto';
import type { WorldSalesUnit } from '../domain/world/world-schema.js';
import type { SecretBox } from '../security/secret-box.js';
import type { Tx } from './db.js';
import { findLoginClientByMsn, upsertLoginClient } from './login-clients-repo.js';

/** Writes the clients that are new or differ; returns how many were written. */
export async function seedLoginClients(o: { tx: Tx; box: SecretBox; units: WorldSalesUnit[]; now: number }): Promise<number> {
  let written = 0;
  for (const u of o.units) {
    if (!u.login && u.productType !== 'VIPPS_LOGG_INN') continue;
    const existing = await findLoginClientByMsn(o.tx, u.msn);
    if (existing && !u.login) continue;
    const l = u.login ?? {};
    const clientId = l.clientId ?? existing?.clientId ?? randomUUID();
    const keepSecret = existing && (l.clientSecret === undefined || o.box.decrypt(existing.sealedSecret) === l.clientSecret);
    const sealedSecret = keepSecret ? existing!.sealedSecret : o.box.encrypt(l.clientSecret ?? randomBytes(32).toString('base64url'));
    const redirectUris = l.redirectUris ?? existing?.redirectUris ?? [];
    const tokenAuthMethod = l.tokenEndpointAuthMethod ?? existing?.tokenAuthMethod ?? 'client_secret_basic';
    const unchanged =
      existing && keepSecret && clientId === existing.clientId && JSON.stringify(redirectUris) === JSON.stringify(existing.redirectUris) && tokenAuthMethod === existing.tokenAuthMethod;
    if (unchanged) continue;
    await upsertLoginClient(o.tx, { msn: u.msn, clientId, sealedSecret, redirectUris, tokenAuthMethod, now: o.now });
    written++;
  }
  return written;
}
