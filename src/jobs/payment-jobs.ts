// The background work of payments: delivering webhooks from the outbox, and expiring
// payments nobody acted on. Both run where the outbox worker runs (not with --no-worker).
import type { FastifyInstance } from 'fastify';
import type { JobDeps } from './deps.js';
import { webhookBackoffMs } from '../domain/webhooks/retry-policy.js';
import { deliverWebhook } from '../operations/webhooks/deliver-webhook.js';
import { WEBHOOK_TOPIC } from '../operations/webhooks/publish-webhook-event.js';
import { httpPost } from './http-post.js';
import { DELIVERIES_PER_RECEIVER, DELIVERY_SLOTS } from '../domain/outbox/receiver.js';
import { privateTargetProblem } from '../operations/webhooks/check-webhook-target.js';
import { DeliverLater, PermanentFailure, type OutboxHandler } from './outbox-worker.js';
import { PaymentExpirySweeper } from './payment-expiry-sweeper.js';

declare module 'fastify' {
  interface FastifyInstance {
    expirySweeper: PaymentExpirySweeper;
  }
}

/** How long a receiver has to answer one delivery, its whole answer included. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Webhook deliveries under way at once on a node, and at most to one receiver. */
export const WEBHOOK_SLOTS = DELIVERY_SLOTS;
export const WEBHOOK_PER_RECEIVER = DELIVERIES_PER_RECEIVER;

/** The outbox handler that sends webhook deliveries. */
export function webhookHandler(rt: JobDeps, opts: { timeoutMs: number } = { timeoutMs: WEBHOOK_TIMEOUT_MS }): OutboxHandler {
  return {
    // The 7-day window, not a count, ends retries (see deliverWebhook).
    maxAttempts: Number.MAX_SAFE_INTEGER,
    backoffMs: webhookBackoffMs,
    slots: WEBHOOK_SLOTS,
    // One receiver (host and port) that hangs or drips holds a few slots, not all of them.
    receiverOf: (payload) => (payload as { receiver?: string }).receiver,
    perReceiver: WEBHOOK_PER_RECEIVER,
    deliver: async (_m, payload, finish, signal) => {
      const outcome = await deliverWebhook({
        finish,
        db: rt.store.db,
        box: rt.box,
        deliveryId: (payload as { deliveryId: string }).deliveryId,
        now: () => rt.clock.now(),
        node: rt.node,
        send: async (r) => {
          const problem = rt.config.privateWebhooks ? null : await privateTargetProblem(r.url);
          if (problem) throw new Error(`refused: the url ${problem}`);
          return httpPost({ ...r, timeoutMs: opts.timeoutMs, signal });
        },
        signal,
      });
      if (outcome.kind === 'retry') throw new Error(outcome.error);
      if (outcome.kind === 'give-up') throw new PermanentFailure(outcome.reason);
      if (outcome.kind === 'later') throw new DeliverLater(outcome.delayMs);
    },
  };
}

export function installPaymentJobs(app: FastifyInstance, rt: JobDeps): void {
  rt.outbox.register(WEBHOOK_TOPIC, webhookHandler(rt));
  const sweeper = new PaymentExpirySweeper({ store: rt.store, clock: rt.clock, log: rt.log });
  app.decorate('expirySweeper', sweeper);
  if (rt.config.worker) {
    app.addHook('onReady', async () => sweeper.start());
    app.addHook('onClose', async () => sweeper.stop());
  }
}
