// Runs the real `vpp` command as a child process, from the TypeScript sources.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

export interface VppProcess {
  proc: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves once the banner says it is listening. */
  listening(): Promise<void>;
}

export function tempDir(prefix = 'vpp-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** `built`: run `bin/vpp.js` (the bundle `npm start` and `npx vpp` run) instead of the sources. */
export function runVpp(args: string[], env: Record<string, string | undefined> = {}, opts: { built?: boolean } = {}): VppProcess {
  const entry = opts.built ? [join(ROOT, 'bin', 'vpp.js')] : ['--import', 'tsx', join(ROOT, 'src', 'cli.ts')];
  const proc = spawn(process.execPath, [...entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', DATABASE_URL: undefined, PORT: undefined, HOST: undefined, ...env } as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return {
    proc,
    output: () => out,
    exited,
    listening: () =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (out.includes('vpp is listening on')) return resolve();
          if (proc.exitCode !== null) return reject(new Error(`vpp exited with ${proc.exitCode}: ${out}`));
          setTimeout(check, 25);
        };
        check();
      }),
  };
}
