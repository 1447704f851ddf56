// Expires payments nobody acted on in time, and so emits their EXPIRED events and
// webhooks even when nobody reads them. Safe on several nodes: the conditional UPDATE
// lets exactly one of them expire each payment.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { listDueExpiries } from '../store/payments-repo.js';
import { expirePayment } from '../operations/payments/expire-payment.js';
import type { Clock } from './clock.js';

export class PaymentExpirySweeper {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = true;

  constructor(private readonly o: { store: Store; clock: Clock; log: FastifyBaseLogger; everyMs?: number }) {}

  /** One pass; returns how many payments this node expired. */
  async runOnce(): Promise<number> {
    const now = this.o.clock.now();
    let expired = 0;
    for (const id of await listDueExpiries(this.o.store.db, now, 100)) {
      if (await expirePayment({ db: this.o.store.db, paymentId: id, now })) expired++;
    }
    return expired;
  }

  start(): void {
    this.#stopped = false;
    this.#schedule();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#running = this.runOnce()
        .catch((err) => this.o.log.error({ err }, 'payment expiry sweep failed'))
        .finally(() => this.#schedule());
    }, this.o.everyMs ?? 1000);
    this.#timer.unref();
  }
}
