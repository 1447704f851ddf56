// Which sales unit (MSN and name) each Login client belongs to, for the payer's app.
import type { Queryable } from '../../store/db.js';
import { listLoginClients } from '../../store/login-clients-repo.js';
import { unitNames } from '../../store/units-repo.js';

export interface LoginClientNamesOptions {
  db: Queryable;
  clientIds: string[];
}

export async function loginClientNames(o: LoginClientNamesOptions): Promise<Map<string, { msn: string; name: string }>> {
  const clients = await listLoginClients(o.db, [...new Set(o.clientIds)]);
  const names = await unitNames(o.db, clients.map((c) => c.msn));
  return new Map(clients.map((c) => [c.clientId, { msn: c.msn, name: names.get(c.msn) ?? c.msn }]));
}
