// Whose webhooks a call manages: its sales unit (merchant keys, or partner keys with
// Merchant-Serial-Number), once the caller may act for it; or the partner's own, for every
// unit it serves (partner keys without the header).
import type { Actor } from '../../domain/access/actor.js';
import { authorizeUnit } from '../../domain/access/authorize-unit.js';
import { webhookOwnerFor, type WebhookOwner } from '../../domain/webhooks/webhook-owner.js';
import type { Queryable } from '../../store/db.js';
import { findUnitFacts } from '../../store/units-repo.js';

export interface WebhookCaller {
  actor: Actor;
  /** Told the MSN the call acts on, when it acts on one (request log, API quality). */
  onMsn?: (msn: string) => void;
}

export async function webhookOwnerOf(o: WebhookCaller & { db: Queryable }): Promise<WebhookOwner> {
  const owner = webhookOwnerFor(o.actor);
  if (owner.kind === 'unit') {
    o.onMsn?.(owner.msn);
    authorizeUnit({ actor: o.actor, msn: owner.msn, unit: await findUnitFacts(o.db, owner.msn), capability: 'pay' });
  }
  return owner;
}
