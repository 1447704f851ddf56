// A namespace's runtime: its own store, clock, outbox worker, request log and background
// jobs; the master key, token signer and node id are the main runtime's. A namespace nobody
// has used for a while sleeps: its timers (outbox, sweepers, the clock's follower) stop, so
// idle namespaces cost nothing; its next request wakes it, and due work runs then.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import type { Store } from '../store/db.js';
import { Clock } from '../jobs/clock.js';
import { OutboxWorker } from '../jobs/outbox-worker.js';
import { RequestLogWriter } from '../jobs/request-log-writer.js';
import { installJobs } from '../jobs/index.js';

type Hook = () => Promise<void> | void;

/** How often a namespace's clock reads what other nodes did to it (PostgreSQL). */
const FOLLOW_MS = 1000;

export interface NamespaceRuntime extends Runtime {
  /** Its background jobs run (it has been used lately). */
  readonly awake: boolean;
  /** When it was last used (real time, ms). */
  readonly lastUsedAt: number;
  /** Marks it used and starts its jobs again if it slept; resolves once they run. */
  use(): Promise<void>;
  /** Stops its jobs until its next use if it has not been used for `idleMs`; deliveries under way finish first. */
  sleepIfIdle(idleMs: number): Promise<void>;
}

export async function openNamespaceRuntime(main: Runtime, name: string, store: Store): Promise<NamespaceRuntime> {
  const clock = new Clock();
  await clock.load(store.db);
  const log = main.log.child({ namespace: name });
  const outbox = new OutboxWorker({ store, clock, node: main.node, log });
  const requestLog = new RequestLogWriter(store, log);
  const config = { ...main.config, publicUrl: `${main.config.publicUrl}/ns/${name}` };

  // The jobs start and stop as the namespace wakes and sleeps, as the main ones do with the server.
  const ready: Hook[] = [];
  const closing: Hook[] = [];
  const host = {
    addHook(event: string, fn: Hook) {
      if (event === 'onReady') ready.push(fn);
      else if (event === 'onClose') closing.push(fn);
    },
    decorate() {},
  } as unknown as FastifyInstance;

  let awake = false;
  let closed = false;
  let lastUsedAt = Date.now();
  // Waking and sleeping run one after the other, never interleaved.
  let turn: Promise<void> = Promise.resolve();
  const inTurn = (fn: () => Promise<void>) => (turn = turn.then(fn, fn));

  async function start(): Promise<void> {
    if (awake || closed) return;
    awake = true;
    // Other nodes may have moved this namespace's clock while it slept, and may move it on.
    await clock.load(store.db);
    if (store.dialect === 'postgres') clock.follow(store.db, FOLLOW_MS);
    for (const fn of ready) await fn();
  }

  async function stop(): Promise<void> {
    if (!awake) return;
    awake = false;
    clock.stop();
    for (const fn of closing) await fn();
    await outbox.stop();
    await requestLog.flush();
  }

  const rt: NamespaceRuntime = {
    config,
    store,
    box: main.box,
    signer: main.signer,
    clock,
    outbox,
    requestLog,
    node: main.node,
    log,
    get awake() {
      return awake;
    },
    get lastUsedAt() {
      return lastUsedAt;
    },
    use() {
      lastUsedAt = Date.now();
      return awake && !closed ? turn : inTurn(start);
    },
    sleepIfIdle(idleMs) {
      // Checked in its turn: a request that came in meanwhile keeps it awake.
      return inTurn(async () => {
        if (Date.now() - lastUsedAt >= idleMs) await stop();
      });
    },
    async close() {
      await inTurn(async () => {
        await stop();
        closed = true;
      });
      await store.close();
    },
  };
  installJobs(host, rt);
  await rt.use();
  return rt;
}
