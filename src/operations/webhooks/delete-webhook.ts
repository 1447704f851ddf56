// Deletes one of the owner's webhooks. Another owner's webhook is reported as not found.
import { notFound } from '../../domain/errors.js';
import type { WebhookOwner } from '../../domain/webhooks/webhook-owner.js';
import type { Db } from '../../store/db.js';
import { findWebhook, markWebhookDeleted } from '../../store/webhooks-repo.js';

export async function deleteWebhook(o: { db: Db; owner: WebhookOwner; id: string; now: number }): Promise<void> {
  const hook = await findWebhook(o.db, o.id);
  const mine = hook && !hook.deletedAt && (o.owner.kind === 'unit' ? hook.msn === o.owner.msn : hook.msn === null && hook.partnerId === o.owner.partnerId);
  const whose = o.owner.kind === 'unit' ? `MSN ${o.owner.msn}` : 'your partner account (no Merchant-Serial-Number)';
  if (!mine || !(await markWebhookDeleted(o.db, o.id, o.now))) {
    throw notFound(`No webhook ${o.id} is registered for ${whose}. GET /webhooks/v1/webhooks lists them.`);
  }
}
