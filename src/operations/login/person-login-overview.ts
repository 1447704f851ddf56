// What the payer's app shows a person about Login: the login requests (from phone number)
// waiting for their answer, and the merchants they have consented to share data with.
import type { Queryable } from '../../store/db.js';
import type { VippsUser } from '../../domain/payers/vipps-user.js';
import { findVippsUserByPhone } from '../../store/vipps-users-repo.js';
import { listLoginConsents } from '../../store/login-consents-repo.js';
import { listPendingBackchannelRequests } from '../../store/login-oidc-models-repo.js';
import { loginClientNames } from './login-client-names.js';
import { stringField } from '../../domain/string-field.js';

export interface PendingLogin {
  authReqId: string;
  clientId: string;
  unitName: string;
  scopes: string[];
  bindingMessage: string | null;
  expiresAt: number;
}

export interface ConsentView {
  clientId: string;
  unitName: string;
  scopes: string[];
  grantedAt: number;
}

export interface PersonLoginOverviewOptions {
  db: Queryable;
  phone: string;
  now: number;
}

export async function personLoginOverview(o: PersonLoginOverviewOptions): Promise<{ user: VippsUser; pending: PendingLogin[]; consents: ConsentView[] } | undefined> {
  const user = await findVippsUserByPhone(o.db, o.phone);
  if (!user) return undefined;
  const requests = await listPendingBackchannelRequests(o.db, user.sub, o.now);
  const consents = await listLoginConsents(o.db, user.sub);
  const names = await loginClientNames({ db: o.db, clientIds: [...requests.map((r) => String(r.payload.clientId)), ...consents.map((c) => c.clientId)] });
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  return {
    user,
    pending: requests.map((r) => {
      const params = r.payload.params;
      const clientId = String(r.payload.clientId);
      return {
        authReqId: r.id,
        clientId,
        unitName: nameOf(clientId),
        scopes: String(r.payload.scope ?? stringField(params, 'scope') ?? '').split(' ').filter(Boolean),
        bindingMessage: stringField(params, 'binding_message') ?? null,
        expiresAt: r.expiresAt,
      };
    }),
    consents: consents.map((c) => ({ clientId: c.clientId, unitName: nameOf(c.clientId), scopes: c.scopes, grantedAt: c.grantedAt })),
  };
}
