// Deletes one of the owner's webhooks. Another owner's webhook is reported as not found.
import { notFound } from '../../domain/errors.js';
import type { Db } from '../../store/db.js';
import { findWebhook, markWebhookDeleted } from '../../store/webhooks-repo.js';
import { webhookOwnerOf, type WebhookCaller } from './webhook-owner-of.js';

export async function deleteWebhook(o: WebhookCaller & { db: Db; id: string; now: number }): Promise<void> {
  const owner = await webhookOwnerOf(o);
  const hook = await findWebhook(o.db, o.id);
  const mine = hook && !hook.deletedAt && (owner.kind === 'unit' ? hook.msn === owner.msn : hook.msn === null && hook.partnerId === owner.partnerId);
  const whose = owner.kind === 'unit' ? `MSN ${owner.msn}` : 'your partner account (no Merchant-Serial-Number)';
  if (!mine || !(await markWebhookDeleted(o.db, o.id, o.now))) {
    throw notFound(`No webhook ${o.id} is registered for ${whose}. GET /webhooks/v1/webhooks lists them.`);
  }
}
