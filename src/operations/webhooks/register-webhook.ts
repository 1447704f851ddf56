// Registers a webhook for a sales unit or a partner; the secret is shown once, in the
// answer, and kept sealed (it must be read again to sign every delivery).
import { randomBytes, randomUUID } from 'node:crypto';
import { checkRegistration } from '../../domain/webhooks/check-registration.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { insertWebhook, listWebhooksOf } from '../../store/webhooks-repo.js';
import { webhookOwnerOf, type WebhookCaller } from './webhook-owner-of.js';

export interface RegisterWebhookOptions extends WebhookCaller {
  db: Db;
  box: SecretBox;
  url: string;
  events: string[];
  now: number;
}

export async function registerWebhook(o: RegisterWebhookOptions): Promise<{ id: string; secret: string }> {
  const owner = await webhookOwnerOf(o);
  return o.db.transaction().execute(async (tx) => {
    const existing = await listWebhooksOf(tx, owner);
    const events = checkRegistration({ url: o.url, events: o.events, existing });
    const id = randomUUID();
    const secret = randomBytes(48).toString('base64');
    await insertWebhook(tx, {
      id,
      msn: owner.kind === 'unit' ? owner.msn : null,
      partner_id: owner.kind === 'partner' ? owner.partnerId : null,
      url: o.url,
      events: JSON.stringify(events),
      secret_enc: o.box.encrypt(secret),
      created_by: o.actor.keySetId,
      created_at: o.now,
      deleted_at: null,
    });
    return { id, secret };
  });
}
