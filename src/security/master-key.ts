// The master key that seals every secret at rest. From configuration (VPP_MASTER_KEY,
// shared by all nodes), else generated once into the data directory with mode 0600.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

export class MasterKeyError extends Error {}

export function parseMasterKey(text: string, source: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) {
    throw new MasterKeyError(`${source} must hold 32 bytes as 64 hex digits or base64 (got ${key.length} bytes)`);
  }
  return key;
}

export interface LoadMasterKeyOptions {
  configured?: string;
  dataDir: string;
  /** In-memory runs keep nothing, so their key need not outlive the process. */
  ephemeral: boolean;
}

export function loadMasterKey(opts: LoadMasterKeyOptions): Buffer {
  if (opts.configured) return parseMasterKey(opts.configured, 'VPP_MASTER_KEY');
  if (opts.ephemeral) return randomBytes(32);
  const file = join(opts.dataDir, 'master.key');
  if (existsSync(file)) return parseMasterKey(readFileSync(file, 'utf8'), file);
  mkdirSync(opts.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600);
  return key;
}
