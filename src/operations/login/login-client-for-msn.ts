// The client_id of a sales unit's Login client, for a partner's /oauth2/auth?msn=… request.
import type { Queryable } from '../../store/db.js';
import { findLoginClientByMsn } from '../../store/login-clients-repo.js';

export interface LoginClientIdForMsnOptions {
  db: Queryable;
  msn: string;
}

export async function loginClientIdForMsn(o: LoginClientIdForMsnOptions): Promise<string | undefined> {
  return (await findLoginClientByMsn(o.db, o.msn))?.clientId;
}
