// Boots the real app in-process for a test: a fresh in-memory SQLite database, or, when
// VPP_TEST_DATABASE_URL is set, a fresh schema in that PostgreSQL database.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import type { World } from '../../src/domain/world/world-schema.js';
import { DEMO, type KeyCreds } from './demo.js';

/** What a token request needs of a key set. */
export type TokenCreds = Pick<KeyCreds, 'clientId' | 'clientSecret' | 'subscriptionKey'>;

export const PG_URL = process.env.VPP_TEST_DATABASE_URL;
export const STORE = PG_URL ? 'postgres' : 'sqlite';

export interface TestApp {
  app: FastifyInstance;
  rt: Runtime;
  /** Every log line written so far. */
  logs: string[];
  pgSchema?: string;
  inject(opts: InjectOptions): Promise<LightMyRequestResponse>;
  /** An access token for these keys. */
  token(keys: TokenCreds): Promise<string>;
  /** Authorization and subscription-key headers for these keys (plus an MSN if given). */
  auth(keys: TokenCreds, msn?: string): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<Config>;
  /** Seed this world instead of the demo world. */
  world?: World;
  /** Also seed the demo world (default: only when no world is given). */
  demo?: boolean;
}

export function testConfig(over: Partial<Config> = {}): Config {
  return {
    mode: 'production',
    host: '127.0.0.1',
    port: 0,
    dataDir: '/nonexistent-vpp-test-dir',
    databaseUrl: PG_URL,
    inMemory: !PG_URL,
    publicUrl: 'http://vpp.test',
    simulation: true,
    logLevel: 'info',
    poolSize: 4,
    worker: false,
    requestLogDays: 30,
    privateWebhooks: true,
    operatorPagesLogin: false,
    masterKey: randomBytes(32).toString('hex'),
    // Tests that repeat calls on one payment faster than the documented limits allow run
    // without them; the rate-limit tests switch them on.
    rateLimits: false,
    ...over,
  };
}

export async function startTestApp(opts: TestAppOptions = {}): Promise<TestApp> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const config = testConfig(opts.config);
  const log = pino({ level: config.logLevel }, stream);
  const pgSchema = config.databaseUrl ? `t_${randomBytes(6).toString('hex')}` : undefined;
  const rt = await openRuntime({ config, log, pgSchema, world: opts.world, seedDemo: opts.world ? false : opts.demo ?? true });
  if (opts.world && opts.demo) {
    const { seedWorld } = await import('../../src/store/seed-world.js');
    await seedWorld({ db: rt.store.db, box: rt.box, world: DEMO.world, now: rt.clock.now() });
  }
  const app = await buildApp(rt, { logStream: stream });
  await app.ready();
  const tokens = new Map<string, string>();

  const token = async (keys: TokenCreds) => {
    const cached = tokens.get(keys.clientId);
    if (cached) return cached;
    const res = await app.inject({
      method: 'POST',
      url: '/accesstoken/get',
      headers: { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey },
    });
    if (res.statusCode !== 200) throw new Error(`token for ${keys.clientId} failed: ${res.statusCode} ${res.body}`);
    const t = res.json().access_token as string;
    tokens.set(keys.clientId, t);
    return t;
  };

  return {
    app,
    rt,
    logs,
    pgSchema,
    inject: (o) => app.inject(o),
    token,
    async auth(keys, msn) {
      return {
        authorization: `Bearer ${await token(keys)}`,
        'ocp-apim-subscription-key': keys.subscriptionKey,
        ...(msn ? { 'merchant-serial-number': msn } : {}),
      };
    },
    async close() {
      // Namespaces' schemas outlive a stop by design; a test's go with it.
      const namespaces = pgSchema ? await rt.store.db.selectFrom('sim_namespaces').select('location').execute().catch(() => []) : [];
      await app.close();
      await rt.close();
      if (pgSchema && PG_URL) for (const s of [pgSchema, ...namespaces.map((n) => n.location)]) await dropSchema(s);
    },
  };
}

export async function dropSchema(schema: string): Promise<void> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
