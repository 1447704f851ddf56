// Flags and environment → one typed configuration. Flags win over environment variables.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLoopbackHost } from './domain/webhooks/private-target.js';
import { LOG_FORMATS, type LogFormat } from './log/log-format.js';

import type { Mode } from './domain/mode.js';

export type { Mode };

export interface Config {
  mode: Mode;
  /** VPP_NO_CACHE=1: no cached reads, no grouped commits, no coalesced socket writes, no token cache (debugging). */
  noCache?: boolean;
  host: string;
  port: number;
  dataDir: string;
  /** A postgres:// URL; absent means embedded SQLite. */
  databaseUrl?: string;
  inMemory: boolean;
  worldFile?: string;
  /** Base of links the platform hands out (pre-fill links, redirect URLs). */
  publicUrl: string;
  summaryFile?: string;
  /** The /_sim simulation API (on unless switched off). */
  simulation: boolean;
  masterKey?: string;
  logLevel: string;
  /** json or pretty; undefined: pretty on a terminal, json otherwise. */
  logFormat?: LogFormat;
  smtpUrl?: string;
  poolSize: number;
  /** Run the outbox worker in this process (webhooks, emails). */
  worker: boolean;
  /** Webhook URLs may reach private, loopback and link-local addresses. */
  privateWebhooks: boolean;
  /** The inspector and the mailbox need an operator's back-office log-in. */
  operatorPagesLogin: boolean;
  /** Days the request log keeps a request (API quality keeps its counts regardless). */
  requestLogDays: number;
  /** Back office: decide submitted cases automatically after this many simulated seconds. */
  autoApproveAfterSeconds?: number;
  /** The most namespaces (isolated worlds under /ns/NAME) this vpp holds at once (default 50). */
  maxNamespaces?: number;
  /** --rate-limits on|off; undefined: as the world file or the simulation API set it (on by default). */
  rateLimits?: boolean;
}

export class ConfigError extends Error {}

const options = {
  host: { type: 'string' },
  port: { type: 'string' },
  mode: { type: 'string' },
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
  'in-memory': { type: 'boolean' },
  world: { type: 'string' },
  'public-url': { type: 'string' },
  'summary-file': { type: 'string' },
  'no-simulation': { type: 'boolean' },
  'log-level': { type: 'string' },
  'log-format': { type: 'string' },
  'pool-size': { type: 'string' },
  'no-worker': { type: 'boolean' },
  'auto-approve-after': { type: 'string' },
  'request-log-days': { type: 'string' },
  'private-webhooks': { type: 'string' },
  'operator-pages': { type: 'string' },
  'max-namespaces': { type: 'string' },
  'rate-limits': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const HELP = `Usage: vpp <command> [options]

Commands:
  start              migrate, seed the demo world into an empty database, and serve
  migrate            bring the database schema up to date
  seed --world FILE  load a world file into the database (idempotent)

Commands for a running vpp (--url URL or VPP_URL, default http://127.0.0.1:8080; --json for scripts):
  reset                             put the world and clock back as loaded at start
  snapshot save|restore|delete NAME save the world and clock under a name, or go back to it
  snapshot list                     the saved snapshots
  clock [show|advance 1d|set TIME]  read the platform clock or move it forward
  pay REFERENCE --approve|--reject|--expire  act as the payer (--msn MSN, --phone NUMBER)
  payer PHONE ask|approve|reject|never-answer  what a payer does with payment requests
  submit ORDER                      send a pre-filled product order as the merchant's CEO
  approve CASE                      approve a back-office case (case, order or agreement id)
  decline CASE --reason TEXT        decline it; ask CASE --question TEXT asks the merchant
  events [--follow]                 vpp's onboarding events (--orgno, --order ID, --partner NAME)
  trigger EVENT --reference REF     fire a webhook event (epayments.payment.*.v1) for a payment
  webhooks resend ID | list         send a delivery again; list deliveries (--reference, --msn)
  logs [--follow]                   API requests, one line each (--msn, --api, --status 4xx)
  namespace create NAME [--world FILE|--demo]  an isolated world at URL/ns/NAME/ (the loaded
                                    world by default); namespace delete NAME | show NAME | list
  faults add|list|clear [ID]        inject faults: add --status 503 | --latency 2s | --timeout hold|close
                                    | --webhooks drop|duplicate|delay=30s, scoped by --partner, --msn,
                                    --method, --route PATTERN, --share 0.5, --times N
  rate-limits [on|off]              show or switch the documented per-endpoint rate limits

Options (environment variable in brackets):
  --host HOST             listen address (HOST, default 127.0.0.1)
  --port PORT             listen port (PORT, default 8080)
  --mode MODE             production | test (VPP_MODE, default production)
  --data-dir DIR          where the SQLite file and master key live (VPP_DATA_DIR, default ./data)
  --database-url URL      postgres://… selects PostgreSQL (DATABASE_URL)
  --in-memory             keep everything in memory; nothing survives a restart
  --world FILE            world file to seed (VPP_WORLD; default: the demo world when the database is empty)
  --public-url URL        base URL used in links vpp hands out (VPP_PUBLIC_URL, default http://HOST:PORT)
  --summary-file FILE     write URLs and credentials as JSON once listening
  --no-simulation         switch off the /_sim simulation API
  --no-worker             do not run the outbox worker (webhooks, emails) in this process
  --auto-approve-after S  back office: approve submitted agreements and orders after S simulated
                          seconds (VPP_AUTO_APPROVE_AFTER; the world file's backOffice block can
                          also decline or ask for more information by org number)
  --request-log-days N    keep logged API requests N days (VPP_REQUEST_LOG_DAYS, default 30);
                          API quality keeps its counts longer
  --private-webhooks allow|refuse  webhook URLs to private, loopback and link-local addresses
                          (VPP_PRIVATE_WEBHOOKS; default: allow when listening on loopback only)
  --operator-pages open|login  the inspector and mailbox open to all, or behind the back-office
                          log-in (VPP_OPERATOR_PAGES; default: login when listening beyond loopback)
  --max-namespaces N      the most namespaces (isolated worlds under /ns/NAME/) held at once
                          (VPP_MAX_NAMESPACES, default 50)
  --rate-limits on|off    the documented per-endpoint rate limits of ePayment, eCom and Recurring
                          (VPP_RATE_LIMITS; default: as the world file or PUT /_sim/rate-limits
                          set them, else on)
  --log-level LEVEL       fatal|error|warn|info|debug|trace|silent (LOG_LEVEL, default info)
  --log-format json|pretty  log lines as JSON, or as short readable lines (VPP_LOG_FORMAT;
                          default: pretty on a terminal, json otherwise)
  --pool-size N           PostgreSQL connections per node (VPP_POOL_SIZE, default 10)
  VPP_MASTER_KEY          32-byte key (64 hex digits or base64) sealing secrets at rest
  SMTP_URL                also deliver emails through this SMTP server
`;

export interface ParsedCommand {
  command: string;
  config: Config;
  help: boolean;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function parseCommandLine(argv: string[], env: NodeJS.ProcessEnv = process.env): ParsedCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    throw new ConfigError(`${msg.replace(/^Unknown option/, 'unknown option').replace(/\. To specify.*$/, '')} (see vpp --help)`);
  }
  const v = parsed.values;
  const [command = 'start', ...rest] = parsed.positionals;
  if (rest.length) throw new ConfigError(`unexpected argument "${rest[0]}" (see vpp --help)`);
  if (!['start', 'migrate', 'seed', 'help'].includes(command)) {
    throw new ConfigError(`unknown command "${command}": use start, migrate or seed (see vpp --help)`);
  }

  const mode = (v.mode ?? env.VPP_MODE ?? 'production') as string;
  if (mode !== 'production' && mode !== 'test') throw new ConfigError(`--mode must be production or test, not "${mode}"`);

  const host = v.host ?? env.HOST ?? '127.0.0.1';
  const portText = v.port ?? env.PORT ?? '8080';
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new ConfigError(`--port must be a number from 0 to 65535, not "${portText}"`);
  const port = Number(portText);

  const databaseUrl = v['database-url'] ?? env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('--database-url must be a postgres:// URL (leave it out for the embedded SQLite database)');
  }
  const inMemory = v['in-memory'] ?? false;
  if (inMemory && databaseUrl) throw new ConfigError('--in-memory and --database-url exclude each other: choose one');

  const publicUrl = (v['public-url'] ?? env.VPP_PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+/.test(publicUrl)) throw new ConfigError(`--public-url must be an http(s) URL, not "${publicUrl}"`);

  const logLevel = v['log-level'] ?? env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError(`--log-level must be one of ${LOG_LEVELS.join(', ')}`);

  const formatText = v['log-format'] ?? env.VPP_LOG_FORMAT;
  if (formatText !== undefined && !(LOG_FORMATS as string[]).includes(formatText)) throw new ConfigError(`--log-format must be json or pretty, not "${formatText}"`);

  const poolText = v['pool-size'] ?? env.VPP_POOL_SIZE ?? '10';
  if (!/^\d+$/.test(poolText) || Number(poolText) < 1) throw new ConfigError(`--pool-size must be a positive number, not "${poolText}"`);

  const smtpUrl = env.SMTP_URL;
  if (smtpUrl !== undefined && !/^smtps?:\/\/[^/\s]/.test(smtpUrl)) {
    // Not echoed: it may hold a password.
    throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL, such as smtp://user:password@mail.example.com:587');
  }

  if (command === 'seed' && !(v.world ?? env.VPP_WORLD)) throw new ConfigError('vpp seed needs --world FILE');

  const autoText = v['auto-approve-after'] ?? env.VPP_AUTO_APPROVE_AFTER;
  if (autoText !== undefined && (!/^\d{1,9}$/.test(autoText))) throw new ConfigError(`--auto-approve-after must be a whole number of seconds (0 or more), not "${autoText}"`);

  const retentionText = v['request-log-days'] ?? env.VPP_REQUEST_LOG_DAYS ?? '30';
  if (!/^\d{1,5}$/.test(retentionText) || Number(retentionText) < 1) throw new ConfigError(`--request-log-days must be a whole number of days (1 or more), not "${retentionText}"`);

  const nsText = v['max-namespaces'] ?? env.VPP_MAX_NAMESPACES ?? '50';
  if (!/^\d{1,4}$/.test(nsText)) throw new ConfigError(`--max-namespaces must be a whole number (0 or more), not "${nsText}"`);

  const loopback = isLoopbackHost(host);
  const privateText = v['private-webhooks'] ?? env.VPP_PRIVATE_WEBHOOKS ?? (loopback ? 'allow' : 'refuse');
  if (privateText !== 'allow' && privateText !== 'refuse') throw new ConfigError(`--private-webhooks must be allow or refuse, not "${privateText}"`);
  const pagesText = v['operator-pages'] ?? env.VPP_OPERATOR_PAGES ?? (loopback ? 'open' : 'login');
  if (pagesText !== 'open' && pagesText !== 'login') throw new ConfigError(`--operator-pages must be open or login, not "${pagesText}"`);

  const limitsText = v['rate-limits'] ?? env.VPP_RATE_LIMITS;
  if (limitsText !== undefined && limitsText !== 'on' && limitsText !== 'off') throw new ConfigError(`--rate-limits must be on or off, not "${limitsText}"`);

  return {
    command,
    help: v.help ?? command === 'help',
    config: {
      mode,
      host,
      port,
      dataDir: resolve(v['data-dir'] ?? env.VPP_DATA_DIR ?? './data'),
      databaseUrl,
      inMemory,
      worldFile: v.world ?? env.VPP_WORLD,
      publicUrl,
      summaryFile: v['summary-file'],
      simulation: !(v['no-simulation'] ?? false),
      masterKey: env.VPP_MASTER_KEY,
      logLevel,
      ...(formatText !== undefined ? { logFormat: formatText as LogFormat } : {}),
      smtpUrl,
      poolSize: Number(poolText),
      worker: !(v['no-worker'] ?? false),
      noCache: env.VPP_NO_CACHE === '1',
      requestLogDays: Number(retentionText),
      privateWebhooks: privateText === 'allow',
      operatorPagesLogin: pagesText === 'login',
      maxNamespaces: Number(nsText),
      ...(autoText !== undefined ? { autoApproveAfterSeconds: Number(autoText) } : {}),
      ...(limitsText !== undefined ? { rateLimits: limitsText === 'on' } : {}),
    },
  };
}
