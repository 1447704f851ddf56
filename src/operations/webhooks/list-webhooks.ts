// The webhooks the caller's unit (or the calling partner) has registered.
import type { Webhook } from '../../store/webhooks-repo.js';
import type { Db } from '../../store/db.js';
import { listWebhooksOf } from '../../store/webhooks-repo.js';
import { webhookOwnerOf, type WebhookCaller } from './webhook-owner-of.js';

export async function listWebhooks(o: WebhookCaller & { db: Db }): Promise<Webhook[]> {
  return listWebhooksOf(o.db, await webhookOwnerOf(o));
}
