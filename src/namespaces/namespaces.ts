// The namespaces of one vpp: isolated worlds, each with its own store (an in-memory or
// file SQLite database, or a PostgreSQL schema), clock, outbox and jobs, reached under
// /ns/<name>/. Listed in the main store, so a namespace made on one node is opened by another
// on its first request there. A new namespace of the loaded (or demo) world on SQLite is a
// copy of a template database made once, so making one costs a copy, not a migration and a seed.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../runtime.js';
import type { World } from '../domain/world/world-schema.js';
import { conflict } from '../domain/errors.js';
import { openStore, type Store } from '../store/db.js';
import { migrateToLatest } from '../store/migrate.js';
import { seedAtStart } from '../store/seed-at-start.js';
import {
  cloneSchema,
  copySettings,
  copySnapshotRow,
  countNamespaces,
  dropSchema,
  findNamespace,
  listNamespaces,
  registerNamespace,
  unregisterNamespace,
  type NamespaceEntry,
} from '../store/namespaces-repo.js';
import { saveSnapshot } from '../operations/sim/save-snapshot.js';
import { restoreSnapshot } from '../operations/sim/restore-snapshot.js';
import { WORLD_SNAPSHOT } from '../domain/sim/snapshot-names.js';
import { readDemoWorld } from '../world/read-world-file.js';
import { openNamespaceRuntime, type NamespaceRuntime } from './namespace-runtime.js';
import { buildSummary, type Summary } from '../summary.js';

export type NamespaceSource = 'loaded' | 'demo' | 'world';

/** How long a node trusts that a namespace it has open still exists (PostgreSQL: another node may delete it). */
const RECHECK_MS = 500;
/** Connections per namespace and node: many namespaces must not exhaust the server. */
const NAMESPACE_POOL = 3;
/** A namespace nobody used for this long (real time) sleeps: its background jobs stop until its next request. */
export const NAMESPACE_IDLE_MS = 60_000;
/** How often this node looks for namespaces gone idle: one timer for all of them. */
const IDLE_CHECK_MS = 10_000;

interface Open {
  rt: Promise<NamespaceRuntime>;
  checkedAt: number;
}

export class Namespaces {
  readonly #open = new Map<string, Open>();
  readonly #templates = new Map<NamespaceSource, Promise<Buffer>>();
  /** PostgreSQL: this node's template schemas, one per source, copied for each new namespace. */
  readonly #schemas = new Map<NamespaceSource, Promise<string>>();
  /** Runs while some namespace is awake. */
  #idleTimer: NodeJS.Timeout | undefined;

  constructor(private readonly main: Runtime) {}

  get limit(): number {
    return this.main.config.maxNamespaces ?? 50;
  }

  /** A namespace's keys and units, as the summary file gives them for the main world. */
  summary(rt: Runtime, baseUrl: string): Promise<Summary> {
    return buildSummary(rt, baseUrl);
  }

  list(): Promise<NamespaceEntry[]> {
    return listNamespaces(this.main.store.db);
  }

  /** Makes a namespace; throws a conflict when the name is taken or the limit is reached. */
  async create(o: { name: string; source: NamespaceSource; world?: World }): Promise<{ entry: NamespaceEntry; rt: NamespaceRuntime }> {
    const db = this.main.store.db;
    if ((await countNamespaces(db)) >= this.limit) {
      throw conflict(`This vpp holds at most ${this.limit} namespaces (--max-namespaces); delete one first (DELETE /_sim/namespaces/NAME).`, 'Too many namespaces');
    }
    const entry: NamespaceEntry = { name: o.name, location: this.#newLocation(), created_at: Date.now(), source: o.source };
    if (this.#open.has(o.name) || !(await registerNamespace(db, entry))) {
      throw conflict(`There is already a namespace named "${o.name}": choose another name, or delete it first.`);
    }
    // Listed from here on: a request that arrives while it is being made waits for it.
    const building = (async () => openNamespaceRuntime(this.main, o.name, await this.#build(entry, o.world)))();
    const opening: Open = { rt: building, checkedAt: Date.now() };
    this.#open.set(o.name, opening);
    try {
      const rt = await building;
      this.#watchIdle();
      return { entry, rt };
    } catch (err) {
      if (this.#open.get(o.name) === opening) this.#open.delete(o.name);
      await unregisterNamespace(db, o.name).catch(() => {});
      await this.#discard(entry.location).catch(() => {});
      throw err;
    }
  }

  /** The namespace's runtime, opened on first use on this node and awake; undefined when there is none. */
  async open(name: string): Promise<Runtime | undefined> {
    const rt = await this.#find(name);
    if (!rt) return undefined;
    await rt.use();
    this.#watchIdle();
    return rt;
  }

  /** Puts to sleep the namespaces open on this node that nobody used for `idleMs`; returns the names still awake. */
  async sleepIdle(idleMs = NAMESPACE_IDLE_MS): Promise<string[]> {
    const awake: string[] = [];
    for (const [name, o] of [...this.#open]) {
      const rt = await o.rt.catch(() => undefined);
      if (!rt) continue;
      await rt.sleepIfIdle(idleMs);
      if (rt.awake) awake.push(name);
    }
    if (!awake.length && this.#idleTimer) {
      clearInterval(this.#idleTimer);
      this.#idleTimer = undefined;
    }
    return awake;
  }

  #watchIdle(): void {
    if (this.#idleTimer) return;
    this.#idleTimer = setInterval(() => void this.sleepIdle().catch((err: unknown) => this.main.log.error({ err }, 'putting idle namespaces to sleep failed')), IDLE_CHECK_MS);
    this.#idleTimer.unref();
  }

  async #find(name: string): Promise<NamespaceRuntime | undefined> {
    const known = this.#open.get(name);
    const now = Date.now();
    if (known && (this.main.store.dialect === 'sqlite' || now - known.checkedAt < RECHECK_MS)) return known.rt;
    const entry = await findNamespace(this.main.store.db, name);
    if (!entry) {
      if (known) this.#forget(name, known);
      return undefined;
    }
    if (known) {
      known.checkedAt = now;
      return known.rt;
    }
    const opening: Open = { rt: this.#reopen(entry), checkedAt: now };
    this.#open.set(name, opening);
    opening.rt.catch(() => this.#open.get(name) === opening && this.#open.delete(name));
    return opening.rt;
  }

  /** Throws a namespace away: its store and everything in it. False when there is none. */
  async delete(name: string): Promise<boolean> {
    const entry = await unregisterNamespace(this.main.store.db, name);
    const known = this.#open.get(name);
    if (known) {
      this.#open.delete(name);
      await (await known.rt.catch(() => undefined))?.close();
    }
    if (!entry) return false;
    await this.#discard(entry.location);
    return true;
  }

  async closeAll(): Promise<void> {
    if (this.#idleTimer) clearInterval(this.#idleTimer);
    this.#idleTimer = undefined;
    const all = [...this.#open.values()];
    this.#open.clear();
    await Promise.all(all.map(async (o) => (await o.rt.catch(() => undefined))?.close()));
    const templates = [...this.#schemas.values()];
    this.#schemas.clear();
    for (const t of templates) await t.then((schema) => dropSchema(this.main.store.db, schema)).catch(() => {});
  }

  #forget(name: string, known: Open): void {
    this.#open.delete(name);
    void known.rt.then((rt) => rt.close()).catch(() => {});
  }

  #newLocation(): string {
    const id = randomBytes(8).toString('hex');
    if (this.main.store.dialect === 'postgres') return `ns_${id}`;
    return this.main.config.inMemory ? `memory:${id}` : join('namespaces', `${id}.sqlite`);
  }

  #storeOptions(location: string, image?: Buffer) {
    const c = this.main.config;
    if (this.main.store.dialect === 'postgres') return { databaseUrl: c.databaseUrl, pgSchema: location, poolSize: Math.min(NAMESPACE_POOL, c.poolSize), noCache: c.noCache };
    if (location.startsWith('memory:')) return { inMemory: true, image, noCache: c.noCache };
    return { file: join(c.dataDir, location), noCache: c.noCache };
  }

  async #build(entry: NamespaceEntry, world?: World): Promise<Store> {
    const sqlite = this.main.store.dialect === 'sqlite';
    if (sqlite && entry.source !== 'world') {
      const image = await this.#template(entry.source as 'loaded' | 'demo');
      if (entry.location.startsWith('memory:')) return openStore(this.#storeOptions(entry.location, image));
      const file = join(this.main.config.dataDir, entry.location);
      mkdirSync(join(this.main.config.dataDir, 'namespaces'), { recursive: true, mode: 0o700 });
      writeFileSync(file, image, { mode: 0o600 });
      return openStore(this.#storeOptions(entry.location));
    }
    if (!sqlite && entry.source !== 'world') {
      await cloneSchema(this.main.store.db, await this.#schemaTemplate(entry.source as 'loaded' | 'demo'), entry.location);
      return openStore(this.#storeOptions(entry.location));
    }
    const store = await openStore(this.#storeOptions(entry.location));
    try {
      await this.#fill(store, entry.source as NamespaceSource, world);
      return store;
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
  }

  /** SQLite: the database image every namespace of this source starts from, made once. */
  #template(source: 'loaded' | 'demo'): Promise<Buffer> {
    let t = this.#templates.get(source);
    if (!t) {
      t = (async () => {
        const store = await openStore({ inMemory: true });
        try {
          await this.#fill(store, source);
          return store.serialize!();
        } finally {
          await store.close();
        }
      })();
      t.catch(() => this.#templates.delete(source));
      this.#templates.set(source, t);
    }
    return t;
  }

  /** PostgreSQL: a schema of the world, made once by this node (thrown away when it stops). */
  #schemaTemplate(source: 'loaded' | 'demo'): Promise<string> {
    let t = this.#schemas.get(source);
    if (!t) {
      t = (async () => {
        const schema = `ns_template_${randomBytes(6).toString('hex')}`;
        const store = await openStore(this.#storeOptions(schema));
        try {
          await this.#fill(store, source);
        } finally {
          await store.close();
        }
        return schema;
      })();
      t.catch(() => this.#schemas.delete(source));
      this.#schemas.set(source, t);
    }
    return t;
  }

  /** Migrates a new store and puts the world in it, with a snapshot of it for reset. */
  async #fill(store: Store, source: NamespaceSource, world?: World): Promise<void> {
    await migrateToLatest(store);
    await copySettings(this.main.store.db, store.db);
    const clock = { now: () => Date.now(), offsetMs: 0, load: async () => {} };
    if (source === 'loaded' && (await copySnapshotRow(this.main.store.db, store.db, WORLD_SNAPSHOT))) {
      await restoreSnapshot({ store, clock, name: WORLD_SNAPSHOT });
      return;
    }
    await seedAtStart({ store, box: this.main.box, world: world ?? readDemoWorld(), now: Date.now(), onlyIntoEmpty: false });
    await saveSnapshot({ store, clock, name: WORLD_SNAPSHOT, allowReserved: true });
  }

  async #reopen(entry: NamespaceEntry): Promise<NamespaceRuntime> {
    const store = await openStore(this.#storeOptions(entry.location));
    try {
      await migrateToLatest(store);
      return await openNamespaceRuntime(this.main, entry.name, store);
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
  }

  async #discard(location: string): Promise<void> {
    if (this.main.store.dialect === 'postgres') await dropSchema(this.main.store.db, location);
    else if (!location.startsWith('memory:')) {
      const file = join(this.main.config.dataDir, location);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    }
  }
}
