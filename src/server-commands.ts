// The server side of the `vpp` command: start, migrate, seed. Loaded only for these, so the
// client commands (vpp reset, vpp logs, …) start without loading the server.
import { renameSync, writeFileSync } from 'node:fs';
import pino from 'pino';
import { buildApp } from './app.js';
import { ConfigError, HELP, parseCommandLine, type Config } from './config.js';
import { openRuntime, type Runtime } from './runtime.js';
import { openStore, StoreUnreachableError } from './store/db.js';
import { migrateToLatest, MigrationError } from './store/migrate.js';
import { MasterKeyError } from './security/master-key.js';
import { WorldFileError } from './world/read-world-file.js';
import { buildSummary, type Summary } from './summary.js';
import { join } from 'node:path';
import { chooseLogFormat } from './log/log-format.js';
import { openLogDestination } from './log/log-destination.js';

/** The longest a SIGTERM or SIGINT waits before the process exits regardless. */
const STOP_DEADLINE_MS = 10_000;

export const EXPECTED = [ConfigError, WorldFileError, StoreUnreachableError, MasterKeyError, MigrationError];

export function fail(message: string, code = 1): never {
  process.stderr.write(`vpp: ${message}\n`);
  process.exit(code);
}

export async function start(config: Config): Promise<void> {
  const format = chooseLogFormat(config.logFormat, process.stdout.isTTY === true);
  const { stream: logStream, flushSync } = openLogDestination(format, { color: process.stdout.isTTY === true && !process.env.NO_COLOR });
  // What is still gathered is written when the process exits.
  process.on('exit', flushSync);
  const log = pino({ level: config.logLevel }, logStream);
  const t0 = performance.now();
  const rt = await openRuntime({ config, log });
  const app = await buildApp(rt, { logStream });
  // Stopping works from here on: a signal that arrives while vpp is still starting (after
  // Fastify logged that it listens, before the banner) must not kill it mid-write.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) process.exit(1); // a second signal: stop waiting
    closing = true;
    log.info({ signal }, 'stopping: finishing in-flight requests');
    // Whatever hangs (a request, a receiver, the database), the process ends in bounded time.
    setTimeout(() => {
      log.error('stopping took too long: exiting; claimed deliveries go to another node when their lease runs out');
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    // Deliveries start winding down at once (a short grace, then aborted and given back),
    // while the server stops accepting and finishes the requests under way.
    await Promise.all([app.close(), rt.outbox.stop()]);
    await rt.close(); // request log, database
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (err) {
    await rt.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') fail(`port ${config.port} on ${config.host} is already in use: stop the other server or pass --port`);
    if (code === 'EACCES') fail(`not allowed to listen on ${config.host}:${config.port}: choose a port above 1023 with --port`);
    if (code === 'EADDRNOTAVAIL') fail(`cannot listen on ${config.host}: pass an address of this machine with --host`);
    throw err;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const baseUrl = config.publicUrl.replace(/:\d+$/, (m) => (config.port === 0 ? `:${port}` : m));
  const summary = await buildSummary(rt, baseUrl);
  if (config.summaryFile) {
    // Written beside and renamed into place: a script waiting for the file never reads half of it.
    const partial = `${config.summaryFile}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(summary, null, 2) + '\n', { mode: 0o600 });
    renameSync(partial, config.summaryFile);
  }
  printBanner(rt, summary, Math.round(performance.now() - t0));

}

function printBanner(rt: Runtime, s: Summary, ms: number): void {
  const lines = [
    '',
    `vpp is listening on ${s.baseUrl} (${s.mode} mode, ${rt.store.describe}, ready in ${ms} ms)`,
    rt.seeded ? `  seeded ${rt.seeded.file}: ${rt.seeded.inserted} rows added, ${rt.seeded.updated} changed` : '',
    '',
    `  Access Token API   POST ${s.baseUrl}/accesstoken/get`,
    rt.config.mode === 'production' ? `  Management API     ${s.baseUrl}/management/v1/...` : '',
    `  ePayment, Webhooks ${s.baseUrl}/epayment/v1/...  ${s.baseUrl}/webhooks/v1/...`,
    `  API reference      ${s.baseUrl}/docs/api  (OpenAPI: ${s.baseUrl}/openapi.json)`,
    `  Merchant portal    ${s.baseUrl}/portal   Back office ${s.baseUrl}/backoffice`,
    `  Payer's app        ${s.baseUrl}/app      Inspector ${s.baseUrl}/inspector   Mailbox ${s.baseUrl}/mailbox`,
    `  Health, metrics    ${s.baseUrl}/health  ${s.baseUrl}/metrics`,
    rt.config.simulation ? `  Simulation API     ${s.baseUrl}/_sim/clock` : '',
    '',
    'API keys:',
    ...s.keySets.map((k) =>
      k.public
        ? `  ${k.kind.padEnd(10)} ${k.owner.padEnd(26)} client_id=${k.clientId} client_secret=${k.clientSecret} Ocp-Apim-Subscription-Key=${k.subscriptionKey}`
        : `  ${k.kind.padEnd(10)} ${k.owner.padEnd(26)} client_id=${k.clientId} (secret and subscription key: --summary-file)`,
    ),
    '',
    'Sales units:',
    ...s.salesUnits.map((u) => `  MSN ${u.msn}  ${u.name.padEnd(24)} ${u.orgno}  partner: ${u.partner ?? '(none)'}`),
    '',
  ];
  process.stdout.write(lines.filter((l, i, a) => l !== '' || a[i - 1] !== '').join('\n') + '\n');
}

export async function migrateOnly(config: Config): Promise<void> {
  const store = await openStore({ databaseUrl: config.databaseUrl, file: join(config.dataDir, 'vpp.sqlite'), inMemory: config.inMemory });
  try {
    const applied = await migrateToLatest(store);
    process.stdout.write(applied.length ? `applied ${applied.join(', ')} to ${store.describe}\n` : `${store.describe} is up to date\n`);
  } finally {
    await store.close();
  }
}

export async function seedOnly(config: Config): Promise<void> {
  const rt = await openRuntime({ config, log: pino({ level: config.logLevel }), seedDemo: false });
  const s = rt.seeded!;
  await rt.close();
  process.stdout.write(`loaded ${s.file}: ${s.inserted} rows added, ${s.updated} changed\n`);
}

export type { Summary };
