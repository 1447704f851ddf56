// Delivers outbox messages: claims due ones, hands each to its topic's handler, and
// records the outcome. A failure is retried with exponential backoff; a message whose
// node dies mid-delivery is claimed again when its lease runs out.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { claimOutbox, completeOutbox, retryOutbox, type ClaimedMessage } from '../store/outbox-repo.js';
import type { Clock } from './clock.js';

export interface OutboxHandler {
  /** Throw to retry later; throw PermanentFailure to give up at once. */
  deliver(message: ClaimedMessage, payload: unknown): Promise<void>;
  maxAttempts?: number;
  /** Delay before attempt `attempt + 1`, in ms. */
  backoffMs?(attempt: number): number;
}

export class PermanentFailure extends Error {}

export const defaultBackoffMs = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 3_600_000);

export interface OutboxWorkerOptions {
  store: Store;
  clock: Clock;
  node: string;
  log: FastifyBaseLogger;
  pollMs?: number;
  leaseMs?: number;
  batch?: number;
}

export class OutboxWorker {
  readonly #handlers = new Map<string, OutboxHandler>();
  readonly #opts: Required<OutboxWorkerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(opts: OutboxWorkerOptions) {
    this.#opts = { pollMs: 250, leaseMs: 60_000, batch: 20, ...opts };
  }

  register(topic: string, handler: OutboxHandler): void {
    this.#handlers.set(topic, handler);
  }

  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Look for work now (after this node wrote to the outbox). */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) this.#again = true;
    else this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  /** One pass: claim and deliver what is due. Returns how many messages were handled. */
  async runOnce(): Promise<number> {
    const { store, clock, node, leaseMs, batch, log } = this.#opts;
    const claimed = await claimOutbox(store.db, store.dialect, { node, now: clock.now(), leaseMs, limit: batch });
    await Promise.all(
      claimed.map(async (m) => {
        const handler = this.#handlers.get(m.topic);
        try {
          if (!handler) throw new PermanentFailure(`no handler for topic ${m.topic}`);
          await handler.deliver(m, JSON.parse(m.payload));
          await completeOutbox(store.db, m.id, node, clock.now());
        } catch (err) {
          const attempts = m.attempts + 1;
          const max = handler?.maxAttempts ?? 10;
          const permanent = err instanceof PermanentFailure || attempts >= max;
          const delay = (handler?.backoffMs ?? defaultBackoffMs)(attempts);
          const error = err instanceof Error ? err.message : String(err);
          log.warn({ outboxId: m.id, topic: m.topic, attempts, error }, permanent ? 'outbox message given up' : 'outbox message will be retried');
          await retryOutbox(store.db, { id: m.id, node, error, nextAttemptAt: permanent ? null : clock.now() + delay });
        }
      }),
    );
    return claimed.length;
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#running = this.#loop().finally(() => {
        this.#running = undefined;
      });
    }, delay);
    this.#timer.unref();
  }

  async #loop(): Promise<void> {
    let handled = 0;
    try {
      do {
        this.#again = false;
        handled = await this.runOnce();
      } while ((handled > 0 || this.#again) && !this.#stopped);
    } catch (err) {
      this.#opts.log.error({ err }, 'outbox worker pass failed');
    }
    this.#schedule(this.#opts.pollMs);
  }
}
