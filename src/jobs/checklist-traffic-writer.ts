// Keeps the checklists' aggregates as requests are recorded: the partner's requests are
// buffered and added in one transaction per batch, next to the request log's own batches
// (RequestLogWriter flushes this writer too), so verdicts never scan the log.
import type { FastifyBaseLogger } from 'fastify';
import { tallyBatch } from '../domain/checklists/counting.js';
import { CHECKLISTS } from '../domain/checklists/registry.js';
import type { TrafficFact } from '../domain/checklists/types.js';
import type { Store } from '../store/db.js';
import { addChecklistCounters, noteChecklistReferences, partnersOfUnits } from '../store/checklist-aggregates-repo.js';

export type RecordedFact = TrafficFact & { partnerId: string | null };

export class ChecklistTrafficWriter {
  #buffer: RecordedFact[] = [];
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly log: FastifyBaseLogger,
    private readonly opts: { intervalMs?: number; maxBuffered?: number } = {},
  ) {}

  record(fact: RecordedFact): void {
    this.#buffer.push(fact);
    if (this.#buffer.length >= (this.opts.maxBuffered ?? 300)) void this.flush();
    else if (!this.#timer) {
      this.#timer = setTimeout(() => void this.flush(), this.opts.intervalMs ?? 100);
      this.#timer.unref();
    }
  }

  flush(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    const facts = this.#buffer;
    this.#buffer = [];
    this.#flushing = this.#flushing.then(async () => {
      if (!facts.length) return;
      try {
        await storeFacts(this.store, facts);
      } catch (err) {
        this.log.error({ err, facts: facts.length }, 'could not update the checklist aggregates');
      }
    });
    return this.#flushing;
  }
}

/** Adds a batch to the aggregates; requests with merchant keys count for the unit's partner. */
export async function storeFacts(store: Store, facts: RecordedFact[]): Promise<void> {
  const unowned = [...new Set(facts.filter((f) => !f.partnerId && f.msn).map((f) => f.msn!))];
  const unitPartner = await partnersOfUnits(store.db, unowned);
  const owned = facts
    .map((f) => ({ ...f, partnerId: f.partnerId ?? (f.msn ? unitPartner.get(f.msn) ?? null : null) }))
    .filter((f): f is TrafficFact & { partnerId: string } => !!f.partnerId);
  if (!owned.length) return;
  const { counters, references } = tallyBatch(CHECKLISTS, owned);
  await store.db.transaction().execute(async (tx) => {
    await addChecklistCounters(tx, counters);
    await noteChecklistReferences(tx, references);
  });
}
