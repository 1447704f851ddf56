// `vpp start`'s log lines after the banner, as a script reading its output sees them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runVpp, tempDir, type VppProcess } from '../support/spawn.js';

vi.setConfig({ testTimeout: 90_000 });

let running: VppProcess[] = [];
afterEach(() => {
  for (const p of running) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
  running = [];
});

async function healthLines(args: string[], env: Record<string, string | undefined> = {}): Promise<string[]> {
  const dir = tempDir();
  const summaryFile = join(dir, 'summary.json');
  const vpp = runVpp(['start', '--in-memory', '--port', '0', '--summary-file', summaryFile, ...args], { VPP_LOG_FORMAT: undefined, ...env });
  running.push(vpp);
  await vpp.listening();
  const { baseUrl } = JSON.parse(readFileSync(summaryFile, 'utf8'));
  expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
  vpp.proc.kill('SIGTERM');
  expect(await vpp.exited).toBe(0);
  // The log lines of the request (the banner names /health too, after "Health, metrics").
  return vpp.output().split('\n').filter((l) => l.includes('/health') && !l.includes('Health, metrics'));
}

describe('vpp start log lines', () => {
  it('stay JSON when standard output is not a terminal', async () => {
    const lines = await healthLines([]);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ msg: 'request completed', req: { method: 'GET', url: '/health' }, res: { statusCode: 200 } });
  });

  it('are short readable lines when asked for with --log-format pretty', async () => {
    const lines = await healthLines(['--log-format', 'pretty']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} GET {4}\/health 200 \d+ ms$/);
  });
});
