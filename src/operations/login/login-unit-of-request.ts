// The sales unit a Login request acts for when no API keys name it: the unit of the Login
// client whose credentials check out (a token or CIBA call), or of the client_id an authorize
// URL carries. The request then counts in the unit's partner's Login checklist.
import type { SecretBox } from '../../security/secret-box.js';
import type { Queryable } from '../../store/db.js';
import { findLoginClientKept } from '../../store/login-clients-repo.js';
import { authenticatedLoginClient, type LoginClientCredentials } from './authenticated-login-client.js';

export interface LoginUnitOfRequestOptions {
  db: Queryable;
  box: SecretBox;
  /** A token or CIBA call's credentials: counted only for the client they authenticate. */
  creds?: LoginClientCredentials;
  /** An authorize URL's client_id (public: the browser's request carries no secret). */
  clientId?: string;
}

// A NUL byte is no client's id, and PostgreSQL refuses it in a text parameter.
const plausible = (id: string | undefined): id is string => !!id && !id.includes('\0');

export async function loginUnitOfRequest(o: LoginUnitOfRequestOptions): Promise<string | null> {
  if (o.creds) return plausible(o.creds.clientId) ? (await authenticatedLoginClient(o.db, o.box, o.creds))?.msn ?? null : null;
  if (plausible(o.clientId)) return (await findLoginClientKept(o.db, o.clientId))?.msn ?? null;
  return null;
}
