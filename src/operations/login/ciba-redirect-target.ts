// Login from phone number with redirect to browser: the redirect_uri must be one the
// client registered, as in the browser flow. Returns what is wrong, or null.
import type { Queryable } from '../../store/db.js';
import { findLoginClientKept } from '../../store/login-clients-repo.js';

export interface CibaRedirectTargetOptions {
  db: Queryable;
  clientId: string;
  redirectUri: string;
}

export async function cibaRedirectTarget(o: CibaRedirectTargetOptions): Promise<string | null> {
  const client = await findLoginClientKept(o.db, o.clientId);
  if (!client) return null; // the provider refuses the client itself
  if (!client.redirectUris.includes(o.redirectUri)) {
    return `redirect_uri ${o.redirectUri} is not registered for this client; register it for the sales unit in the portal (Login settings)`;
  }
  return null;
}
