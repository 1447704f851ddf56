// Delivers outbox messages: claims due ones, hands each to its topic's handler, and
// records the outcome. A failure is retried with exponential backoff; a message whose
// node dies mid-delivery is claimed again (by any node) when its lease runs out.
// Each topic has its own delivery slots (emails never wait for webhooks), and a handler
// may name each message's receiver: at most `perReceiver` deliveries to one receiver run at
// once, so a receiver that hangs holds a few slots, not all. A message whose receiver is
// busy is given back (no attempt counted) for a little later. Stopping gives in-flight
// deliveries a short grace, then aborts them and gives their messages back.
import type { FastifyBaseLogger } from 'fastify';
import type { Queryable, Store } from '../store/db.js';
import { claimOutbox, completeOutbox, releaseOutbox, retryOutbox, type ClaimedMessage } from '../store/outbox-repo.js';
import type { Clock } from './clock.js';

export interface OutboxHandler {
  /**
   * Throw to retry later; throw PermanentFailure to give up at once. A handler that records
   * the outcome in a transaction of its own may call `finish(tx)` in it, so the message is
   * marked delivered in the same commit; otherwise the worker marks it afterwards.
   */
  deliver(message: ClaimedMessage, payload: unknown, finish: (tx: Queryable) => Promise<void>, signal: AbortSignal): Promise<void>;
  maxAttempts?: number;
  /** Deliveries of this topic under way at once on a node (default 10). */
  slots?: number;
  /** Who receives a message (e.g. a webhook URL's host); undefined: not capped. */
  receiverOf?(payload: unknown): string | undefined;
  /** Deliveries to one receiver under way at once on a node (default: no cap). */
  perReceiver?: number;
  /** Delay before attempt `attempt + 1`, in ms. */
  backoffMs?(attempt: number): number;
}

export class PermanentFailure extends Error {}
/** Thrown by a handler to be handed the message again after `delayMs` (a fault rule's delay). */
export class DeliverLater extends Error {
  constructor(readonly delayMs: number) {
    super(`held back for ${Math.round(delayMs / 1000)} s`);
  }
}

export const defaultBackoffMs = (attempt: number) => Math.min(1000 * 2 ** (attempt - 1), 3_600_000);

export interface OutboxWorkerOptions {
  store: Store;
  clock: Clock;
  node: string;
  log: FastifyBaseLogger;
  pollMs?: number;
  leaseMs?: number;
  /** How long stop() lets deliveries under way finish before aborting them. */
  stopGraceMs?: number;
  /** How long a message whose receiver is busy waits before it is claimed again. */
  busyDeferMs?: number;
}

interface InFlight { topic: string; receiver: string | undefined; done: Promise<void> }

export class OutboxWorker {
  readonly #handlers = new Map<string, OutboxHandler>();
  readonly #opts: Required<OutboxWorkerOptions>;
  /** Deliveries under way on this node, by message id. */
  readonly #inFlight = new Map<number, InFlight>();
  readonly #perTopic = new Map<string, number>();
  readonly #perReceiver = new Map<string, number>();
  #abort = new AbortController();
  #timer: NodeJS.Timeout | undefined;
  #soonTimer: NodeJS.Timeout | undefined;
  #claiming: Promise<void> | undefined;
  #again = false;
  #stopped = true;
  /** Deliveries the last claim started (messages given back because their receiver is busy do not count). */
  #startedLast = 0;

  constructor(opts: OutboxWorkerOptions) {
    this.#opts = { pollMs: 250, leaseMs: 60_000, stopGraceMs: 2_000, busyDeferMs: 1_000, ...opts };
    // A commit that wrote to the outbox wakes the worker (store/outbox-signal.ts).
    opts.store.outboxWritten.on(() => this.kick());
  }

  register(topic: string, handler: OutboxHandler): void {
    this.#handlers.set(topic, handler);
  }

  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    if (this.#abort.signal.aborted) this.#abort = new AbortController();
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
    const all = () => Promise.all([...this.#inFlight.values()].map((f) => f.done));
    if (this.#inFlight.size) {
      let grace: NodeJS.Timeout | undefined;
      const timedOut = await Promise.race([all().then(() => false), new Promise<boolean>((r) => (grace = setTimeout(() => r(true), this.#opts.stopGraceMs)))]);
      clearTimeout(grace);
      // Whatever is still under way is cut off; #deliver gives those messages back.
      if (timedOut) this.#abort.abort(new Error('vpp is stopping'));
      await all();
    }
  }

  /** Deliveries under way on this node. */
  get inFlight(): number {
    return this.#inFlight.size;
  }

  /** One pass: claim what is due and deliver it. Returns how many messages were handled. */
  async runOnce(): Promise<number> {
    const started = await this.#claim();
    await Promise.all(started.map((id) => this.#inFlight.get(id)?.done));
    return started.length;
  }

  #slotsOf(topic: string): number {
    return this.#handlers.get(topic)?.slots ?? 10;
  }

  #count(map: Map<string, number>, key: string, by: number): void {
    const n = (map.get(key) ?? 0) + by;
    if (n > 0) map.set(key, n);
    else map.delete(key);
  }

  /**
   * Claims due messages for the free slots of each topic and starts delivering each; returns
   * the ids started. A topic capped per receiver is claimed one message at a time, leaving
   * the receivers at their cap in the database: a batch could hold many messages for a
   * receiver with room for one. A message whose receiver turns out busy (one queued without
   * its receiver) is given back for later.
   */
  async #claim(): Promise<number[]> {
    const { store, clock, node, leaseMs, busyDeferMs } = this.#opts;
    const started: number[] = [];
    this.#startedLast = 0;
    // Only topics this node can deliver: a node without SMTP_URL leaves emails to the others.
    for (const [topic, handler] of this.#handlers) {
      const capped = handler.perReceiver !== undefined;
      for (;;) {
        const free = this.#slotsOf(topic) - (this.#perTopic.get(topic) ?? 0);
        if (free <= 0) break;
        const busyReceivers = capped ? this.#busyReceivers(topic, handler.perReceiver!) : undefined;
        const claimed = await claimOutbox(store.db, store.dialect, { node, now: clock.now(), leaseMs, limit: capped ? 1 : free, topic, busy: busyReceivers });
        if (!claimed.length) break;
        const startedBefore = started.length;
        const busy: number[] = [];
        for (const m of claimed) {
          // Still being delivered here, its lease run out under a moved clock: not twice.
          if (this.#inFlight.has(m.id)) continue;
          let payload: unknown;
          try {
            payload = JSON.parse(m.payload);
          } catch {
            payload = undefined;
          }
          const receiver = handler.receiverOf?.(payload);
          const receiverKey = receiver === undefined ? undefined : `${topic}\u0000${receiver}`;
          if (receiverKey !== undefined && capped && (this.#perReceiver.get(receiverKey) ?? 0) >= handler.perReceiver!) {
            busy.push(m.id);
            continue;
          }
          this.#start(m, payload, topic, receiverKey);
          started.push(m.id);
          this.#startedLast++;
        }
        if (busy.length) await releaseOutbox(store.db, { ids: busy, node, nextAttemptAt: clock.now() + busyDeferMs });
        if (!capped || started.length === startedBefore) break;
      }
    }
    return started;
  }

  /** The receivers of `topic` with `cap` deliveries under way on this node. */
  #busyReceivers(topic: string, cap: number): string[] {
    const prefix = `${topic}\u0000`;
    const busy: string[] = [];
    for (const [key, n] of this.#perReceiver) if (n >= cap && key.startsWith(prefix)) busy.push(key.slice(prefix.length));
    return busy;
  }

  #start(m: ClaimedMessage, payload: unknown, topic: string, receiverKey: string | undefined): void {
    this.#count(this.#perTopic, topic, 1);
    if (receiverKey !== undefined) this.#count(this.#perReceiver, receiverKey, 1);
    const done = this.#deliver(m, payload).finally(() => {
      this.#inFlight.delete(m.id);
      this.#count(this.#perTopic, topic, -1);
      if (receiverKey !== undefined) this.#count(this.#perReceiver, receiverKey, -1);
      this.#soon();
    });
    this.#inFlight.set(m.id, { topic, receiver: receiverKey, done });
  }

  async #deliver(m: ClaimedMessage, payload: unknown): Promise<void> {
    const { store, clock, node, log } = this.#opts;
    const handler = this.#handlers.get(m.topic);
    const signal = this.#abort.signal;
    try {
      if (!handler) throw new PermanentFailure(`no handler for topic ${m.topic}`);
      if (payload === undefined) throw new PermanentFailure('the message is not JSON');
      let finished = false;
      await handler.deliver(m, payload, async (tx) => {
        await completeOutbox(tx, m.id, node, clock.now());
        finished = true;
      }, signal);
      if (!finished) await completeOutbox(store.db, m.id, node, clock.now());
    } catch (err) {
      if (signal.aborted) {
        // Cut off by stop(): not the receiver's failure. Free for any node at once.
        await releaseOutbox(store.db, { ids: [m.id], node, nextAttemptAt: clock.now() }).catch((e: unknown) =>
          log.error({ err: e, outboxId: m.id }, 'could not give back an outbox message; its lease will run out'),
        );
        return;
      }
      const attempts = m.attempts + 1;
      const max = handler?.maxAttempts ?? 10;
      const permanent = err instanceof PermanentFailure || attempts >= max;
      const delay = err instanceof DeliverLater ? err.delayMs : (handler?.backoffMs ?? defaultBackoffMs)(attempts);
      const error = err instanceof Error ? err.message : String(err);
      log.warn({ outboxId: m.id, topic: m.topic, attempts, error }, permanent ? 'outbox message given up' : 'outbox message will be retried');
      await retryOutbox(store.db, { id: m.id, node, error, nextAttemptAt: permanent ? null : clock.now() + delay }).catch((e: unknown) =>
        log.error({ err: e, outboxId: m.id }, 'could not record an outbox failure; the lease will run out'),
      );
    }
  }

  /**
   * Claims until a claim starts nothing; one claim at a time. A claim whose messages all went
   * back (their receiver busy) ends the loop: claiming again at once would only cycle through
   * the backlog of that receiver. A finished delivery frees a slot and asks for a claim.
   */
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
        await this.#claim();
        got = this.#startedLast;
      } while ((got > 0 || this.#again) && !this.#stopped);
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
