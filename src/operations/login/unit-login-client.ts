// A sales unit's Login client as the portal shows and edits it: a developer of the merchant
// sees the client_id, reveals the secret, sets the redirect URIs and the token endpoint
// authentication method, or gives a unit without Login its credentials.
import { randomBytes, randomUUID } from 'node:crypto';
import type { CompanyAccess } from '../portal/access-of-person.js';
import { unitInReach } from '../portal/unit-in-reach.js';
import { invalid } from '../../domain/errors.js';
import { TOKEN_AUTH_METHODS, redirectUriProblem, type TokenAuthMethod } from '../../domain/login/login-client.js';
import type { Db } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { findLoginClientByMsn, setLoginClientSettings, upsertLoginClient } from '../../store/login-clients-repo.js';

export interface UnitLoginClientView {
  unit: { msn: string; name: string };
  client: { clientId: string; redirectUris: string[]; tokenAuthMethod: TokenAuthMethod; secret?: string } | null;
}

export interface UnitLoginClientOptions {
  db: Db;
  box: SecretBox;
  access: CompanyAccess;
  msn: string;
  revealSecret?: boolean;
}

export async function unitLoginClient(o: UnitLoginClientOptions): Promise<UnitLoginClientView> {
  const unit = await unitInReach(o.db, o.access, o.msn);
  const c = await findLoginClientByMsn(o.db, o.msn);
  return {
    unit: { msn: unit.msn, name: unit.name },
    client: c
      ? {
          clientId: c.clientId,
          redirectUris: c.redirectUris,
          tokenAuthMethod: c.tokenAuthMethod,
          ...(o.revealSecret ? { secret: o.box.decrypt(c.sealedSecret) } : {}),
        }
      : null,
  };
}

export interface SaveUnitLoginClientOptions extends UnitLoginClientOptions {
  /** One URI per line. */
  redirectUris: string;
  tokenAuthMethod: string;
  now: number;
}

export async function saveUnitLoginClient(o: SaveUnitLoginClientOptions): Promise<UnitLoginClientView> {
  await unitInReach(o.db, o.access, o.msn);
  const uris = [...new Set(o.redirectUris.split(/\r?\n/).map((u) => u.trim()).filter(Boolean))];
  const problems = uris.map(redirectUriProblem).filter((p): p is string => p !== null);
  if (problems.length) throw invalid(`Nothing was saved: ${problems.join('; ')}.`, problems.map((reason) => ({ name: 'redirectUris', reason })));
  if (uris.length > 50) throw invalid('Nothing was saved: register at most 50 redirect URIs.');
  if (!(TOKEN_AUTH_METHODS as readonly string[]).includes(o.tokenAuthMethod)) throw invalid(`Nothing was saved: the token endpoint method must be ${TOKEN_AUTH_METHODS.join(' or ')}.`);
  const method = o.tokenAuthMethod as TokenAuthMethod;
  await o.db.transaction().execute(async (tx) => {
    const updated = await setLoginClientSettings(tx, o.msn, { redirectUris: uris, tokenAuthMethod: method, now: o.now });
    if (!updated) {
      await upsertLoginClient(tx, { msn: o.msn, clientId: randomUUID(), sealedSecret: o.box.encrypt(randomBytes(32).toString('base64url')), redirectUris: uris, tokenAuthMethod: method, now: o.now });
    }
  });
  return unitLoginClient(o);
}
