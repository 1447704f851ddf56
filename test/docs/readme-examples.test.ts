// The README's curl walk-through, run as a user would paste it, against a real vpp.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runVpp, tempDir, type VppProcess } from '../support/spawn.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const walkthrough = README.split('## Try it with curl')[1]!.split('\n## ')[0]!;
const blocks = [...walkthrough.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('the README walk-through', () => {
  let vpp: VppProcess;
  let port: string;
  beforeAll(async () => {
    const dir = tempDir();
    vpp = runVpp(['start', '--in-memory', '--port', '0', '--summary-file', join(dir, 's.json')]);
    await vpp.listening();
    port = new URL(JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')).baseUrl).port;
  });
  afterAll(() => {
    vpp.proc.kill('SIGKILL');
  });

  it('has curl examples', () => expect(blocks.length).toBeGreaterThanOrEqual(2));

  it('gets a token with the demo partner keys, then asks who it is', () => {
    const run = (script: string) => execFileSync('bash', ['-c', script.replaceAll('127.0.0.1:8080', `127.0.0.1:${port}`)], { encoding: 'utf8' });
    const token = JSON.parse(run(blocks[0]!));
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: '86400' });
    const who = JSON.parse(run(blocks[1]!));
    const shown = JSON.parse(walkthrough.split('```json\n')[1]!.split('```')[0]!);
    expect(who).toEqual(shown);
  });
});
