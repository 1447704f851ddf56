// Sends one webhook delivery: signs it with the webhook's secret at the moment of sending,
// records the attempt, and says whether to try again. What a retry means (backoff, the
// outbox's bookkeeping) is the caller's business.
import { isDelivered, withinRetryWindow } from '../../domain/webhooks/retry-policy.js';
import { httpDate, signWebhookRequest } from '../../domain/webhooks/sign-request.js';
import type { SecretBox } from '../../security/secret-box.js';
import type { Db, Queryable } from '../../store/db.js';
import { findDelivery, insertDeliveries, markDeliveryFault, recordAttempt, updateDelivery } from '../../store/webhook-deliveries-repo.js';
import { enqueueOutbox } from '../../store/outbox-repo.js';
import { faultLabel } from '../../domain/sim/fault-rules.js';
import { timeOrderedId } from '../../domain/time-ordered-id.js';
import { pickDeliveryFault } from '../sim/pick-delivery-fault.js';
import { WEBHOOK_TOPIC } from './publish-webhook-event.js';
import { receiverOfUrl } from '../../domain/outbox/receiver.js';
import { findWebhook } from '../../store/webhooks-repo.js';

/** What the receiver answered: its status code and the start of its body. */
export interface ReceiverAnswer {
  status: number;
  excerpt: string;
}

/** done: delivered, dropped or nothing left to do; retry: try again later; give-up: never again; later: held back by a fault rule. */
export type DeliveryOutcome = { kind: 'done' } | { kind: 'retry'; error: string } | { kind: 'give-up'; reason: string } | { kind: 'later'; delayMs: number };

export interface DeliverWebhookOptions {
  db: Db;
  box: SecretBox;
  deliveryId: string;
  now: () => number;
  node: string;
  send(o: { url: string; headers: Record<string, string>; body: string }): Promise<ReceiverAnswer>;
  /** Aborted when the worker stops: the attempt is not recorded, the message is given back. */
  signal?: AbortSignal;
  /** Marks the outbox message delivered, in the transaction that records the attempt. */
  finish?(tx: Queryable): Promise<void>;
}

export async function deliverWebhook(o: DeliverWebhookOptions): Promise<DeliveryOutcome> {
  const d = await findDelivery(o.db, o.deliveryId);
  if (!d || d.status !== 'pending') return { kind: 'done' }; // delivered already (a retry after a crash)
  const hook = await findWebhook(o.db, d.webhook_id);
  if (!hook || hook.deletedAt !== null) {
    await o.db.transaction().execute((tx) => updateDelivery(tx, d, { status: 'dropped', lastStatus: null, lastError: 'the webhook was deleted before delivery', deliveredAt: null, countAttempt: false }));
    return { kind: 'done' };
  }
  // A fault rule is drawn once per delivery, before its first attempt.
  if (d.attempts === 0 && !d.fault) {
    const rule = await pickDeliveryFault({ db: o.db, msn: d.msn, eventType: d.event_type, partnerId: hook.partnerId });
    if (rule) {
      const label = faultLabel(rule);
      if (rule.kind === 'webhook-drop') {
        await o.db.transaction().execute(async (tx) => {
          await markDeliveryFault(tx, d.id, label);
          await updateDelivery(tx, d, { status: 'dropped', lastStatus: null, lastError: `dropped on purpose: ${label}`, deliveredAt: null, countAttempt: false });
          await o.finish?.(tx);
        });
        return { kind: 'done' };
      }
      if (rule.kind === 'webhook-delay') {
        await markDeliveryFault(o.db, d.id, label);
        return { kind: 'later', delayMs: rule.delayMs! };
      }
      // webhook-duplicate: the same event once more, as its own delivery.
      await o.db.transaction().execute(async (tx) => {
        await markDeliveryFault(tx, d.id, label);
        const id = timeOrderedId();
        await insertDeliveries(tx, [{ ...d, id, attempts: 0, last_status: null, last_error: null, delivered_at: null, fault: `duplicate of ${d.id}; rule ${rule.id}` }]);
        const receiver = receiverOfUrl(d.url);
        await enqueueOutbox(tx, o.now(), [{ topic: WEBHOOK_TOPIC, orderingKey: `${d.webhook_id}:duplicate:${id}`, payload: { deliveryId: id, receiver }, receiver }]);
      });
    }
  }

  const startedAt = o.now();
  if (!withinRetryWindow(Number(d.created_at), startedAt)) {
    await o.db.transaction().execute((tx) => updateDelivery(tx, d, { status: 'failed', lastStatus: d.last_status, lastError: 'gave up: not delivered within 7 days', deliveredAt: null, countAttempt: false }));
    return { kind: 'give-up', reason: `webhook delivery ${d.id} not delivered within 7 days` };
  }

  const signed = signWebhookRequest({ secret: o.box.decryptKept(hook.secretEnc), url: d.url, body: d.body, date: httpDate(startedAt) });
  const headers = { 'content-type': 'application/json', ...signed, 'x-vpp-event-id': d.event_id, 'x-vpp-delivery-id': d.id, 'user-agent': 'vpp-webhooks/1' };
  const t0 = performance.now();
  let result: ReceiverAnswer | undefined;
  let error: string | null = null;
  try {
    result = await o.send({ url: d.url, headers, body: d.body });
  } catch (err) {
    if (o.signal?.aborted) throw err;
    error = err instanceof Error ? err.message : String(err);
  }
  const ok = result !== undefined && isDelivered(result.status);
  if (!ok && !error) error = `the receiver answered HTTP ${result!.status}; only a 2xx answer counts as delivered`;
  const durationMs = Math.round(performance.now() - t0);
  // The attempt, the delivery's state and (when delivered) the outbox message: one commit.
  await o.db.transaction().execute(async (tx) => {
    await recordAttempt(tx, {
      delivery_id: d.id,
      at: startedAt,
      duration_ms: durationMs,
      status_code: result?.status ?? null,
      response_excerpt: result?.excerpt ?? null,
      error,
      node: o.node,
    });
    await updateDelivery(tx, d, { status: ok ? 'delivered' : 'pending', lastStatus: result?.status ?? null, lastError: error, deliveredAt: ok ? o.now() : null, countAttempt: true });
    if (ok) await o.finish?.(tx);
  });
  return ok ? { kind: 'done' } : { kind: 'retry', error: error! };
}
