// The Login client a partner acts through with partner keys: the sales unit named in
// Merchant-Serial-Number must be one of the partner's, and have a Login client that
// authenticates with client_secret_basic (the platform's requirement for partner keys).
import type { Actor } from '../../domain/access/actor.js';
import { reachesUnit, unitNotFound } from '../../domain/access/authorize-unit.js';
import { forbidden } from '../../domain/errors.js';
import type { Queryable } from '../../store/db.js';
import type { SecretBox } from '../../security/secret-box.js';
import { findUnitFacts } from '../../store/units-repo.js';
import { findLoginClientByMsn } from '../../store/login-clients-repo.js';

export interface PartnerLoginClientOptions {
  db: Queryable;
  box: SecretBox;
  actor: Actor;
}

export async function partnerLoginClient(o: PartnerLoginClientOptions): Promise<{ msn: string; clientId: string; clientSecret: string }> {
  const { actor } = o;
  if (actor.kind !== 'partner') {
    throw forbidden(`${actor.kind === 'merchant' ? 'Merchant' : 'These'} API keys cannot act for a Login client; send the Login client's client_id and client_secret instead, or use partner keys.`);
  }
  const msn = actor.requestedMsn;
  if (!msn) throw forbidden('Partner keys must name the sales unit they act for: send its MSN in the Merchant-Serial-Number header.');
  const unit = await findUnitFacts(o.db, msn);
  if (!unit || !reachesUnit(actor, unit)) throw unitNotFound(msn);
  if (!unit.unitActive || !unit.merchantActive) throw forbidden(`Sales unit ${msn} is deactivated.`);
  const client = await findLoginClientByMsn(o.db, msn);
  if (!client) throw forbidden(`Sales unit ${msn} has no Login client: order Login (VIPPS_LOGG_INN) for it, or give it Login credentials in the portal.`);
  if (client.tokenAuthMethod !== 'client_secret_basic') {
    throw forbidden(`Sales unit ${msn}'s Login client authenticates with ${client.tokenAuthMethod}; partner keys need it set to client_secret_basic.`);
  }
  return { msn, clientId: client.clientId, clientSecret: o.box.decryptKept(client.sealedSecret) };
}
