// Registers a webhook for a sales unit or a partner; the secret is shown once, in the
// answer, and kept sealed (it must be read again to sign every delivery).
import { randomBytes, randomUUID } from 'node:crypto';
import { checkRegistration } from '../../domain/webhooks/check-registration.js';
import { invalid } from '../../domain/errors.js';
import { privateTargetProblem } from './check-webhook-target.js';
import type { WebhookOwner } from '../../domain/webhooks/webhook-owner.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db } from '../../store/db.js';
import { insertWebhook, listWebhooksOf } from '../../store/webhooks-repo.js';

export interface RegisterWebhookOptions {
  db: Db;
  box: SecretBox;
  owner: WebhookOwner;
  url: string;
  events: string[];
  createdBy: string;
  now: number;
  /** Accept URLs that reach private, loopback or link-local addresses. */
  allowPrivateTargets: boolean;
}

export async function registerWebhook(o: RegisterWebhookOptions): Promise<{ id: string; secret: string }> {
  if (!o.allowPrivateTargets) {
    const problem = await privateTargetProblem(o.url);
    if (problem) throw invalid(`The url ${problem}.`, [{ name: 'url', reason: problem }]);
  }
  return o.db.transaction().execute(async (tx) => {
    const existing = await listWebhooksOf(tx, o.owner);
    const events = checkRegistration({ url: o.url, events: o.events, existing });
    const id = randomUUID();
    const secret = randomBytes(48).toString('base64');
    await insertWebhook(tx, {
      id,
      msn: o.owner.kind === 'unit' ? o.owner.msn : null,
      partner_id: o.owner.kind === 'partner' ? o.owner.partnerId : null,
      url: o.url,
      events: JSON.stringify(events),
      secret_enc: o.box.encrypt(secret),
      created_by: o.createdBy,
      created_at: o.now,
      deleted_at: null,
    });
    return { id, secret };
  });
}
