// The Recurring timer: attempts every charge whose attempt time has come (due date, then
// each retry day) and expires PENDING agreements nobody accepted. Safe on several nodes:
// charges are claimed with a conditional UPDATE, so exactly one node attempts each.
import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/db.js';
import { listDueAgreementExpiries } from '../store/recurring-agreements-repo.js';
import { listDueCharges } from '../store/recurring-charges-repo.js';
import { attemptCharge } from '../operations/recurring/attempt-charge.js';
import { attemptDueCharges } from '../operations/recurring/attempt-due-charges.js';
import { expireAgreement } from '../operations/recurring/expire-agreement.js';
import type { Clock } from './clock.js';

const BATCH = 500;
/** Charges attempted in one transaction: the run is dominated by statements and commits. */
const SET = 500;

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
    let failed = false;
    const worker = async () => {
      while (!failed) {
        const n = await attemptDueCharges({ db, dialect: this.o.store.dialect, now, limit: SET }).catch((err: unknown) => {
          this.o.log.warn({ err }, 'a set of due charges failed; attempting them one by one');
          failed = true;
          return 0;
        });
        if (!n) return;
        attempted += n;
      }
    };
    // PostgreSQL: several sets at once (each claims rows the others skip); SQLite: one writer.
    await Promise.all(Array.from({ length: this.o.parallel ?? 4 }, worker));
    if (failed) {
      // One bad charge must not hold back the others: this pass goes one by one; the next
      // pass tries sets again.
      for (const c of await listDueCharges(db, now, BATCH)) {
        const one = await attemptCharge({ db, msn: c.msn, chargeId: c.id, now }).catch((e: unknown) => this.o.log.error({ err: e, chargeId: c.id }, 'due charge attempt failed'));
        if (one) attempted++;
      }
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
