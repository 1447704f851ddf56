// Everything a running vpp needs besides HTTP: the store (migrated), the sealed secrets,
// the token signer, the clock, the outbox worker and the request log.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { existsSync, mkdirSync } from 'node:fs';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import { openStore, type Store } from './store/db.js';
import { migrateToLatest } from './store/migrate.js';
import { isEmptyDatabase, seedAtStart } from './store/seed-at-start.js';
import { getOrInsertSetting } from './store/settings-repo.js';
import { loadMasterKey, MasterKeyError } from './security/master-key.js';
import { SecretBox } from './security/secret-box.js';
import { generateSigningKey } from './security/signing-key.js';
import { loadSigningKey } from './operations/load-signing-key.js';
import type { JwtSigner } from './security/jwt.js';
import { Clock } from './jobs/clock.js';
import { OutboxWorker } from './jobs/outbox-worker.js';
import { RequestLogWriter } from './jobs/request-log-writer.js';
import { DEMO_WORLD_FILE, readDemoWorld, readWorldFile } from './world/read-world-file.js';
import type { World } from './domain/world/world-schema.js';

export interface Runtime {
  config: Config;
  store: Store;
  box: SecretBox;
  signer: JwtSigner;
  clock: Clock;
  outbox: OutboxWorker;
  requestLog: RequestLogWriter;
  /** Identifies this process among the nodes sharing a database. */
  node: string;
  log: FastifyBaseLogger;
  /** Which world was seeded at start, if any. */
  seeded?: { file: string; inserted: number; updated: number };
  close(): Promise<void>;
}

export interface OpenRuntimeOptions {
  config: Config;
  log: FastifyBaseLogger;
  /** A world to seed instead of reading config.worldFile (tests). */
  world?: World;
  /** PostgreSQL schema (tests isolate themselves in one schema each). */
  pgSchema?: string;
  /** Seed the demo world into an empty database (default true). */
  seedDemo?: boolean;
}

export async function openRuntime(opts: OpenRuntimeOptions): Promise<Runtime> {
  const { config, log } = opts;
  // Read the world first: a bad file must fail before anything is written.
  const worldFile = config.worldFile;
  const world = opts.world ?? (worldFile ? await readWorldFile(worldFile) : undefined);

  if (!config.databaseUrl && !config.inMemory) mkdirSync(config.dataDir, { recursive: true });
  const file = join(config.dataDir, 'vpp.sqlite');
  // A new embedded installation needs an RSA key: start finding one (a few hundred ms, in
  // the thread pool) before the migrations, so start-up does not wait for it afterwards.
  const newKey = !config.databaseUrl && (config.inMemory || !existsSync(file)) ? generateSigningKey() : undefined;
  newKey?.catch(() => {}); // awaited in loadSigningKey; a failed start must not leave it unhandled
  const store = await openStore({
    databaseUrl: config.databaseUrl,
    file,
    inMemory: config.inMemory,
    pgSchema: opts.pgSchema,
    poolSize: config.poolSize,
    noCache: config.noCache,
  });
  try {
    await migrateToLatest(store);
    const box = new SecretBox(loadMasterKey({ configured: config.masterKey, dataDir: config.dataDir, ephemeral: config.inMemory }));
    await checkMasterKey(store, box);
    // A new installation generates its RSA key off the main thread while the world is seeded.
    const signerReady = loadSigningKey({ db: store.db, box, now: Date.now(), newKey });
    signerReady.catch(() => {}); // awaited below; an error in seeding must not leave it unhandled
    const clock = new Clock();
    await clock.load(store.db);

    let seeded: Runtime['seeded'];
    if (world) {
      seeded = { file: worldFile ?? '(given world)', ...(await seedAtStart({ store, box, world, now: clock.now(), onlyIntoEmpty: false }))! };
    } else if (opts.seedDemo !== false && (await isEmptyDatabase(store.db))) {
      const demo = await seedAtStart({ store, box, world: readDemoWorld(), now: clock.now(), onlyIntoEmpty: true });
      if (demo) seeded = { file: DEMO_WORLD_FILE, ...demo };
    }

    const signer = await signerReady;
    const node = `${process.pid}-${randomUUID().slice(0, 8)}`;
    const outbox = new OutboxWorker({ store, clock, node, log });
    const requestLog = new RequestLogWriter(store, log);
    if (config.databaseUrl) clock.follow(store.db, 1000);

    return {
      config,
      store,
      box,
      signer,
      clock,
      outbox,
      requestLog,
      node,
      log,
      seeded,
      async close() {
        clock.stop();
        await outbox.stop();
        await requestLog.flush();
        await store.close();
      },
    };
  } catch (err) {
    await store.close().catch(() => {});
    throw err;
  }
}

/** A database sealed with one master key cannot be opened with another. */
async function checkMasterKey(store: Store, box: SecretBox): Promise<void> {
  const sealed = await getOrInsertSetting(store.db, 'master_key_check', box.encrypt('vpp master key check'), Date.now());
  try {
    box.decrypt(sealed);
  } catch {
    throw new MasterKeyError(
      'the master key (VPP_MASTER_KEY or master.key in the data directory) is not the one this database was sealed with',
    );
  }
}
