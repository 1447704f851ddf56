// Runs vpp as a real process (`vpp start`), as an operator or CI would, and gives tests a
// fresh PostgreSQL database of their own when VPP_TEST_DATABASE_URL is set.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PG_URL } from './app.js';
import type { KeyCreds } from './demo.js';

const ROOT = join(import.meta.dirname, '..', '..');

export interface VppProcess {
  baseUrl: string;
  proc: ChildProcess;
  stderr: () => string;
  /** Ends the process with this signal and waits until it has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export async function startVpp(o: { dataDir: string; databaseUrl?: string; masterKey: string; extraArgs?: string[]; env?: NodeJS.ProcessEnv }): Promise<VppProcess> {
  const summary = join(o.dataDir, `summary-${randomBytes(4).toString('hex')}.json`);
  const args = ['--import', 'tsx', join(ROOT, 'src', 'cli.ts'), 'start', '--port', '0', '--data-dir', o.dataDir, '--summary-file', summary, '--log-level', 'warn'];
  if (o.databaseUrl) args.push('--database-url', o.databaseUrl, '--pool-size', '20');
  args.push(...(o.extraArgs ?? []));
  // The documented rate limits are off unless a test asks for them (extraArgs or env).
  const env: NodeJS.ProcessEnv = { VPP_RATE_LIMITS: 'off', ...process.env, VPP_MASTER_KEY: o.masterKey, ...o.env };
  delete env.DATABASE_URL; // the store is chosen by the arguments alone
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  // Ready once it has written the summary (it does so after it listens).
  for (let waited = 0; !existsSync(summary); waited += 50) {
    if (proc.exitCode !== null || waited > 60_000) throw new Error(`vpp did not start: ${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const { baseUrl } = JSON.parse(readFileSync(summary, 'utf8')) as { baseUrl: string };
  return {
    baseUrl,
    proc,
    stderr: () => err,
    async kill(signal) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** A database for one test: a fresh PostgreSQL database, or a SQLite file in a temp dir. */
export async function freshStore(): Promise<{ dataDir: string; databaseUrl?: string; dispose(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vpp-proc-'));
  if (!PG_URL) return { dataDir, dispose: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const name = `vpp_t_${randomBytes(6).toString('hex')}`;
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    async dispose() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A small HTTP client for a running vpp. */
export function client(baseUrl: string) {
  return {
    async token(k: KeyCreds): Promise<string> {
      const res = await fetch(`${baseUrl}/accesstoken/get`, { method: 'POST', headers: { client_id: k.clientId, client_secret: k.clientSecret, 'ocp-apim-subscription-key': k.subscriptionKey } });
      if (res.status !== 200) throw new Error(`token: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { access_token: string }).access_token;
    },
    async call(method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; json: any }> {
      const res = await fetch(baseUrl + path, {
        method,
        headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
      const text = await res.text();
      return { status: res.status, json: text ? JSON.parse(text) : undefined };
    },
  };
}
