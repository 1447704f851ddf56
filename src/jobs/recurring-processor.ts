// The Recurring timer: attempts every charge whose attempt time has come (due date, then
// each retry day) and expires PENDING agreements nobody accepted. Safe on several nodes:
// each charge is claimed with a conditional UPDATE, so exactly one node attempts it.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { listDueAgreementExpiries } from '../store/recurring-agreements-repo.js';
import { listDueCharges } from '../store/recurring-charges-repo.js';
import { attemptCharge, attemptCharges } from '../operations/recurring/attempt-charge.js';
import { expireAgreement } from '../operations/recurring/expire-agreement.js';
import type { Clock } from './clock.js';

const BATCH = 500;
/** Charges attempted in one transaction. */
const SLICE = 50;

export class RecurringProcessor {
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<unknown> | undefined;
  #stopped = true;

  constructor(private readonly o: { store: Store; clock: Clock; log: FastifyBaseLogger; everyMs?: number; parallel?: number }) {}

  /** Runs until nothing is due; returns how many charges this node attempted and agreements it expired. */
  async runOnce(): Promise<{ attempted: number; expired: number }> {
    const { db } = this.o.store;
    const now = this.o.clock.now();
    let expired = 0;
    for (;;) {
      const ids = await listDueAgreementExpiries(db, now, BATCH);
      for (const id of ids) if (await expireAgreement({ db, agreementId: id, now })) expired++;
      if (ids.length < BATCH) break;
    }
    let attempted = 0;
    const parallel = this.o.parallel ?? 4;
    for (;;) {
      const due = await listDueCharges(db, now, BATCH);
      if (!due.length) break;
      // Slices of the list, each in one transaction; a slice that fails is retried one
      // charge at a time, so one bad charge does not hold back the others.
      let next = 0;
      const worker = async () => {
        while (next < due.length) {
          const slice = due.slice(next, (next += SLICE));
          try {
            attempted += await attemptCharges({ db, charges: slice, now });
          } catch (err) {
            this.o.log.warn({ err }, 'a slice of due charges failed; attempting them one by one');
            for (const c of slice) {
              const one = await attemptCharge({ db, msn: c.msn, chargeId: c.id, now }).catch((e: unknown) => this.o.log.error({ err: e, chargeId: c.id }, 'due charge attempt failed'));
              if (one) attempted++;
            }
          }
        }
      };
      await Promise.all(Array.from({ length: parallel }, worker));
    }
    return { attempted, expired };
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

  /** Looks again soon (the clock moved): unless a pass is running, which loops until nothing is due. */
  wake(): void {
    if (this.#stopped || !this.#timer) return;
    clearTimeout(this.#timer);
    this.#schedule(0);
  }

  #schedule(delayMs = this.o.everyMs ?? 1000): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.runOnce()
        .catch((err) => this.o.log.error({ err }, 'recurring processing failed'))
        .finally(() => this.#schedule());
    }, delayMs);
    this.#timer.unref();
  }
}
