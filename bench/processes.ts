// The processes a benchmark run drives: vpp as a user runs it, and the bare handler.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

export interface Child {
  proc: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawning to listening. */
  startMs: number;
  stop(): Promise<void>;
}

function stopper(proc: ChildProcess) {
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  return async () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
    await exited;
  };
}

const VPP_BIN = join(ROOT, 'bin', 'vpp.js');

/**
 * The Node.js flags of `npm start`, the README's way to run vpp: a 1 GB heap limit and a
 * 16 MB young generation, which keep its peak RSS under load steady (docs/architecture.md).
 * Only `vpp start` is given them; `migrate` and `seed` run as `npx vpp …` runs them, with
 * Node's defaults.
 */
export function vppNodeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /^node((?:\s+--\S+)*)\s+bin\/vpp\.js start$/.exec(scripts.start ?? '');
  if (!m) throw new Error(`package.json's start script is not 'node [--flags] bin/vpp.js start': ${scripts.start}`);
  return m[1]!.split(/\s+/).filter(Boolean);
}

/** `vpp <args>` run to completion (migrate, seed). */
export async function runVppCommand(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const proc = spawn(process.execPath, [VPP_BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const code = await new Promise<number | null>((r) => proc.once('exit', r));
  if (code !== 0) throw new Error(`vpp ${args[0]} exited with ${code}`);
}

/** `vpp start`, its log at the level a user runs (info) going to a file, as to a terminal. */
export async function startVpp(o: { dataDir: string; args: string[]; env: NodeJS.ProcessEnv; logFile: string; cpuProfDir?: string }): Promise<Child> {
  const summary = join(o.dataDir, `summary-${Date.now()}.json`);
  const log = openSync(o.logFile, 'a');
  const t0 = performance.now();
  const profile = o.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', o.cpuProfDir] : [];
  const proc = spawn(process.execPath, [...vppNodeFlags(), ...profile, VPP_BIN, 'start', '--port', '0', '--data-dir', o.dataDir, '--summary-file', summary, ...o.args], {
    cwd: ROOT,
    env: o.env,
    stdio: ['ignore', log, log],
  });
  while (!existsSync(summary)) {
    if (proc.exitCode !== null) throw new Error(`vpp exited with ${proc.exitCode}; see ${o.logFile}`);
    await new Promise((r) => setTimeout(r, 5));
  }
  const startMs = performance.now() - t0;
  const { baseUrl } = JSON.parse(readFileSync(summary, 'utf8')) as { baseUrl: string };
  return { proc, baseUrl, startMs, stop: stopper(proc) };
}

export async function startBare(): Promise<Child> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [join(ROOT, 'bench', 'bare-server.mjs')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    proc.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim()));
    proc.once('exit', (c) => reject(new Error(`bare server exited with ${c}`)));
  });
  return { proc, baseUrl: `http://127.0.0.1:${port}`, startMs: performance.now() - t0, stop: stopper(proc) };
}

/** Peak resident set size of a process so far, in MB (Linux). */
export function peakRssMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms; null where /proc is missing. */
export function cpuTimeMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
const CLOCK_TICKS = 100; // USER_HZ on Linux
