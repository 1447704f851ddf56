// Whose webhooks a request manages: a sales unit's (merchant keys, or partner keys naming
// the unit in Merchant-Serial-Number), or a partner's own, which fire for every unit
// connected to it (partner keys without the header).
import { can, refusalReason, type Actor } from '../access/actor.js';
import { forbidden } from '../errors.js';

export type WebhookOwner = { kind: 'unit'; msn: string } | { kind: 'partner'; partnerId: string };

export function webhookOwnerFor(actor: Actor): WebhookOwner {
  if (!can(actor, 'pay')) throw forbidden(refusalReason(actor.kind, 'pay'));
  if (actor.kind === 'merchant') {
    if (actor.requestedMsn && actor.requestedMsn !== actor.msn) {
      throw forbidden(`These merchant keys belong to MSN ${actor.msn}, but the Merchant-Serial-Number header names ${actor.requestedMsn}. Merchant keys only act for their own sales unit.`);
    }
    return { kind: 'unit', msn: actor.msn! };
  }
  if (actor.requestedMsn) return { kind: 'unit', msn: actor.requestedMsn };
  return { kind: 'partner', partnerId: actor.partnerId! };
}
