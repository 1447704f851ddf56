// Remembers that a CIBA request ends in the browser, at this redirect URI.
import type { Queryable } from '../../store/db.js';
import { insertCibaRedirect } from '../../store/login-ciba-redirects-repo.js';

export interface RecordCibaRedirectOptions {
  db: Queryable;
  authReqId: string;
  clientId: string;
  redirectUri: string;
  now: number;
}

export async function recordCibaRedirect(o: RecordCibaRedirectOptions): Promise<void> {
  await insertCibaRedirect(o.db, o);
}
