// A namespace's runtime: its own store, clock, outbox worker, request log and background
// jobs; the master key, token signer and node id are the main runtime's.
import type { FastifyInstance } from 'fastify';
import type { Runtime } from '../runtime.js';
import type { Store } from '../store/db.js';
import { Clock } from '../jobs/clock.js';
import { OutboxWorker } from '../jobs/outbox-worker.js';
import { RequestLogWriter } from '../jobs/request-log-writer.js';
import { installJobs } from '../jobs/index.js';

type Hook = () => Promise<void> | void;

export async function openNamespaceRuntime(main: Runtime, name: string, store: Store): Promise<Runtime> {
  const clock = new Clock();
  await clock.load(store.db);
  const log = main.log.child({ namespace: name });
  const outbox = new OutboxWorker({ store, clock, node: main.node, log });
  const requestLog = new RequestLogWriter(store, log);
  // Other nodes may move this namespace's clock too.
  if (store.dialect === 'postgres') clock.follow(store.db, 1000);
  const config = { ...main.config, publicUrl: `${main.config.publicUrl}/ns/${name}` };

  // The jobs start and stop with the namespace, as the main ones do with the server.
  const ready: Hook[] = [];
  const closing: Hook[] = [];
  const host = {
    addHook(event: string, fn: Hook) {
      if (event === 'onReady') ready.push(fn);
      else if (event === 'onClose') closing.push(fn);
    },
    decorate() {},
  } as unknown as FastifyInstance;

  const rt: Runtime = {
    config,
    store,
    box: main.box,
    signer: main.signer,
    clock,
    outbox,
    requestLog,
    node: main.node,
    log,
    async close() {
      clock.stop();
      for (const fn of closing) await fn();
      await outbox.stop();
      await requestLog.flush();
      await store.close();
    },
  };
  installJobs(host, rt);
  for (const fn of ready) await fn();
  return rt;
}
