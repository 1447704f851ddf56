// Delivers outbox messages: claims due ones, hands each to its topic's handler, and
// records the outcome. A failure is retried with exponential backoff; a message whose
// node dies mid-delivery is claimed again (by any node) when its lease runs out. Up to
// `batch` deliveries run at once, and a free slot is filled without waiting for the others.
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable, Store } from '../store/db.js';
import { claimOutbox, completeOutbox, retryOutbox, type ClaimedMessage } from '../store/outbox-repo.js';
import type { Clock } from './clock.js';

export interface OutboxHandler {
  /**
   * Throw to retry later; throw PermanentFailure to give up at once. A handler that records
   * the outcome in a transaction of its own may call `finish(tx)` in it, so the message is
   * marked delivered in the same commit; otherwise the worker marks it afterwards.
   */
  deliver(message: ClaimedMessage, payload: unknown, finish: (tx: Queryable) => Promise<void>): Promise<void>;
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
  /** Deliveries under way at once on this node. */
  batch?: number;
}

export class OutboxWorker {
  readonly #handlers = new Map<string, OutboxHandler>();
  readonly #opts: Required<OutboxWorkerOptions>;
  /** Deliveries under way on this node, by message id. */
  readonly #inFlight = new Map<number, Promise<void>>();
  #timer: NodeJS.Timeout | undefined;
  #soonTimer: NodeJS.Timeout | undefined;
  #claiming: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(opts: OutboxWorkerOptions) {
    this.#opts = { pollMs: 250, leaseMs: 60_000, batch: 20, ...opts };
    // A commit that wrote to the outbox wakes the worker (store/outbox-signal.ts).
    opts.store.outboxWritten.on(() => this.kick());
  }

  register(topic: string, handler: OutboxHandler): void {
    this.#handlers.set(topic, handler);
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Look for work now (the store calls it after a commit that wrote to the outbox). */
  kick(): void {
    this.#soon();
  }

  /** Many kicks and finished deliveries within a few milliseconds make one claim. */
  #soon(): void {
    if (this.#stopped || this.#soonTimer) return;
    this.#soonTimer = setTimeout(() => {
      this.#soonTimer = undefined;
      this.#pump();
    }, 2);
    this.#soonTimer.unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    if (this.#soonTimer) clearTimeout(this.#soonTimer);
    await this.#claiming;
    await Promise.all(this.#inFlight.values());
  }

  /** One pass: claim what is due and deliver it. Returns how many messages were handled. */
  async runOnce(): Promise<number> {
    const started = await this.#claim();
    await Promise.all(started.map((id) => this.#inFlight.get(id)));
    return started.length;
  }

  /**
   * Claims due messages for the free delivery slots and starts delivering each; returns
   * their ids. A slow receiver occupies one slot, not the whole worker.
   */
  async #claim(): Promise<number[]> {
    const { store, clock, node, leaseMs, batch } = this.#opts;
    const free = batch - this.#inFlight.size;
    // Only topics this node can deliver: a node without SMTP_URL leaves emails to the others.
    const topics = [...this.#handlers.keys()];
    if (free <= 0 || !topics.length) return [];
    const claimed = await claimOutbox(store.db, store.dialect, { node, now: clock.now(), leaseMs, limit: free, topics });
    const started: number[] = [];
    for (const m of claimed) {
      // Still being delivered here, its lease run out under a moved clock: not twice.
      if (this.#inFlight.has(m.id)) continue;
      const delivery = this.#deliver(m).finally(() => {
        this.#inFlight.delete(m.id);
        // Claim again once half the slots are free: one claim for many deliveries.
        if (this.#inFlight.size <= this.#opts.batch / 2) this.#soon();
      });
      this.#inFlight.set(m.id, delivery);
      started.push(m.id);
    }
    return started;
  }

  async #deliver(m: ClaimedMessage): Promise<void> {
    const { store, clock, node, log } = this.#opts;
    const handler = this.#handlers.get(m.topic);
    try {
      if (!handler) throw new PermanentFailure(`no handler for topic ${m.topic}`);
      let finished = false;
      await handler.deliver(m, JSON.parse(m.payload), async (tx) => {
        await completeOutbox(tx, m.id, node, clock.now());
        finished = true;
      });
      if (!finished) await completeOutbox(store.db, m.id, node, clock.now());
    } catch (err) {
      const attempts = m.attempts + 1;
      const max = handler?.maxAttempts ?? 10;
      const permanent = err instanceof PermanentFailure || attempts >= max;
      const delay = (handler?.backoffMs ?? defaultBackoffMs)(attempts);
      const error = err instanceof Error ? err.message : String(err);
      log.warn({ outboxId: m.id, topic: m.topic, attempts, error }, permanent ? 'outbox message given up' : 'outbox message will be retried');
      await retryOutbox(store.db, { id: m.id, node, error, nextAttemptAt: permanent ? null : clock.now() + delay }).catch((e: unknown) =>
        log.error({ err: e, outboxId: m.id }, 'could not record an outbox failure; the lease will run out'),
      );
    }
  }

  /** Claims until nothing more is due or every slot is busy; one claim at a time. */
  #pump(): void {
    if (this.#stopped) return;
    if (this.#claiming) {
      this.#again = true;
      return;
    }
    this.#claiming = (async () => {
      let got = 0;
      do {
        this.#again = false;
        got = (await this.#claim()).length;
      } while ((got > 0 || this.#again) && !this.#stopped && this.#inFlight.size < this.#opts.batch);
    })()
      .catch((err: unknown) => this.#opts.log.error({ err }, 'outbox worker pass failed'))
      .finally(() => {
        this.#claiming = undefined;
        this.#schedule(this.#opts.pollMs);
      });
  }

  #schedule(delay: number): void {
    if (this.#stopped) return;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#pump(), delay);
    this.#timer.unref();
  }
}
