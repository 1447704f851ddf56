// `vpp start` as a user runs it: the real process, flags, the summary file, signals.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runVpp, tempDir, type VppProcess } from '../support/spawn.js';
import { DEMO } from '../support/demo.js';

// Each test starts several real vpp processes one after another; on a busy machine that
// alone can pass the suite's 30 s default.
vi.setConfig({ testTimeout: 90_000 });

let running: VppProcess[] = [];
afterEach(() => {
  for (const p of running) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
  running = [];
});
const start = (args: string[], env?: Record<string, string | undefined>) => {
  const p = runVpp(args, env);
  running.push(p);
  return p;
};

describe('vpp start', () => {
  it('seeds the demo world into an empty database, serves, writes the summary file and stops cleanly on SIGTERM', async () => {
    const dir = tempDir();
    const summaryFile = join(dir, 'summary.json');
    const vpp = start(['start', '--data-dir', dir, '--port', '0', '--summary-file', summaryFile]);
    await vpp.listening();
    const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
    expect(summary.mode).toBe('production');
    expect(summary.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(summary.keySets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'partner', owner: 'Fjordkassa Platform', clientId: DEMO.partnerKeys.clientId, clientSecret: DEMO.partnerKeys.clientSecret, subscriptionKey: DEMO.partnerKeys.subscriptionKey }),
        expect.objectContaining({ kind: 'merchant', owner: '312345' }),
      ]),
    );
    expect(summary.salesUnits).toEqual(
      expect.arrayContaining([
        { msn: '212345', name: 'Fjellbakeriet Nett', orgno: '923456783', partner: 'Fjordkassa Platform' },
        { msn: '312345', name: 'Havblikk Sjømat', orgno: '934567897', partner: null },
      ]),
    );
    expect(vpp.output()).toContain('API keys:');
    expect(vpp.output()).toContain(`client_id=${DEMO.partnerKeys.clientId}`);

    const res = await fetch(`${summary.baseUrl}/accesstoken/get`, {
      method: 'POST',
      headers: { client_id: DEMO.partnerKeys.clientId, client_secret: DEMO.partnerKeys.clientSecret, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey },
    });
    expect(res.status).toBe(200);

    vpp.proc.kill('SIGTERM');
    expect(await vpp.exited).toBe(0);
    expect(existsSync(join(dir, 'vpp.sqlite'))).toBe(true);
    expect((readFileSync(join(dir, 'master.key')).length)).toBeGreaterThan(60);
  });

  it('keeps what it acknowledged across a restart: the signing key, so old tokens still work', async () => {
    const dir = tempDir();
    const summaryFile = join(dir, 'summary.json');
    const first = start(['start', '--data-dir', dir, '--port', '0', '--summary-file', summaryFile]);
    await first.listening();
    let base = JSON.parse(readFileSync(summaryFile, 'utf8')).baseUrl;
    const tok = await (await fetch(`${base}/accesstoken/get`, { method: 'POST', headers: { client_id: DEMO.partnerKeys.clientId, client_secret: DEMO.partnerKeys.clientSecret, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey } })).json();
    first.proc.kill('SIGKILL');
    await first.exited;

    const second = start(['start', '--data-dir', dir, '--port', '0', '--summary-file', summaryFile]);
    await second.listening();
    expect(second.output()).not.toMatch(/seeded/); // not empty any more: nothing re-seeded
    base = JSON.parse(readFileSync(summaryFile, 'utf8')).baseUrl;
    const res = await fetch(`${base}/management/v1/partners/whoami`, { headers: { authorization: `Bearer ${tok.access_token}`, 'ocp-apim-subscription-key': DEMO.partnerKeys.subscriptionKey } });
    expect(res.status).toBe(200);
    second.proc.kill('SIGINT');
    expect(await second.exited).toBe(0);
  });

  it('finishes a request in flight before stopping', async () => {
    const dir = tempDir();
    const summaryFile = join(dir, 'summary.json');
    const vpp = start(['start', '--in-memory', '--port', '0', '--summary-file', summaryFile]);
    await vpp.listening();
    const { port } = new URL(JSON.parse(readFileSync(summaryFile, 'utf8')).baseUrl);
    // A request whose body is still arriving when the signal comes.
    const body = JSON.stringify({ advanceSeconds: 60 });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/_sim/clock', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => {
        vpp.proc.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(5)), 300);
      }, 200);
    });
    const res = await answer;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).offsetSeconds).toBe(60);
    expect(await vpp.exited).toBe(0);
  });

  it('answers a bad flag with one line and exit code 2', async () => {
    const vpp = start(['start', '--prot', '9000']);
    expect(await vpp.exited).toBe(2);
    expect(vpp.output().trim().split('\n')).toHaveLength(1);
    expect(vpp.output()).toMatch(/^vpp: unknown option '--prot'/);
    const mode = start(['start', '--mode', 'staging']);
    expect(await mode.exited).toBe(2);
    expect(mode.output()).toMatch(/--mode must be production or test/);
  });

  it('answers an SMTP_URL that is not an smtp:// URL with one line that does not repeat it, and exit code 2', async () => {
    const vpp = start(['start', '--port', '0', '--data-dir', tempDir()], { SMTP_URL: 'mail.example.com:hunter2' });
    expect(await vpp.exited).toBe(2);
    expect(vpp.output().trim().split('\n')).toHaveLength(1);
    expect(vpp.output()).toMatch(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(vpp.output()).not.toContain('hunter2');
  });

  it('answers an unreachable --database-url with one line naming it (password hidden) and exit code 1', async () => {
    const vpp = start(['start', '--database-url', 'postgres://vpp:hunter2@127.0.0.1:1/vpp']);
    expect(await vpp.exited).toBe(1);
    const out = vpp.output().trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toMatch(/^vpp: cannot reach the database postgres:\/\/vpp:\*\*\*@127\.0\.0\.1:1\/vpp/);
    expect(out).not.toContain('hunter2');
  });

  it('answers a bad world file with one line naming the file, the field and the rule, and writes nothing', async () => {
    const dir = tempDir();
    const world = join(dir, 'world.yaml');
    writeFileSync(world, readFileSync(join(import.meta.dirname, '../../worlds/demo.yaml'), 'utf8').replace('msn: "212346"', 'msn: "21234"x'));
    const bad = start(['start', '--data-dir', join(dir, 'data'), '--world', world]);
    expect(await bad.exited).toBe(1);
    expect(bad.output()).toMatch(new RegExp(`^vpp: world file ${world} is not valid YAML`));

    writeFileSync(world, readFileSync(join(import.meta.dirname, '../../worlds/demo.yaml'), 'utf8').replace('msn: "212346"', 'msn: "2123"'));
    const rule = start(['start', '--data-dir', join(dir, 'data'), '--world', world]);
    expect(await rule.exited).toBe(1);
    const out = rule.output().trim();
    expect(out.split('\n')).toHaveLength(1);
    expect(out).toContain(world);
    expect(out).toContain('salesUnits[1].msn: "2123" must be 5 or 6 digits');
    expect(existsSync(join(dir, 'data')) && readdirSync(join(dir, 'data')).length).toBeFalsy();
  });
});

describe('one database, one master key', () => {
  it('a restart with another master key is refused, says why, and the right key still works', async () => {
    const dir = tempDir();
    const key = (c: string) => ({ VPP_MASTER_KEY: c.repeat(64) });
    const first = start(['start', '--data-dir', dir, '--port', '0'], key('a'));
    await first.listening();
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const wrong = start(['start', '--data-dir', dir, '--port', '0'], key('c'));
    expect(await wrong.exited).toBe(1);
    expect(wrong.output()).toMatch(/master key .* is not the one this database was sealed with/);
    expect(wrong.output()).not.toContain('c'.repeat(64));

    const again = start(['start', '--data-dir', dir, '--port', '0'], key('a'));
    await again.listening();
  });
});

describe('one data dir, one running vpp', () => {
  it('another vpp on the same data dir is told it is in use and changes nothing; once vpp stops, it may', async () => {
    const dir = tempDir();
    const world = join(import.meta.dirname, '../../worlds/demo.yaml');
    const vpp = start(['start', '--data-dir', dir, '--port', '0']);
    await vpp.listening();

    const seed = start(['seed', '--data-dir', dir, '--world', world]);
    expect(await seed.exited).toBe(1);
    expect(seed.output()).toContain(`the database ${join(dir, 'vpp.sqlite')} is in use by another process`);
    expect(seed.output()).toContain('--database-url');
    const second = start(['start', '--data-dir', dir, '--port', '0']);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain('is in use by another process');

    vpp.proc.kill('SIGTERM');
    expect(await vpp.exited).toBe(0);
    const after = start(['seed', '--data-dir', dir, '--world', world]);
    expect(await after.exited).toBe(0);
    expect(after.output()).toMatch(/0 rows added, 0 changed/);
  });
});

describe('vpp seed and vpp migrate', () => {
  it('loading the same world twice changes nothing the second time', async () => {
    const dir = tempDir();
    const world = join(import.meta.dirname, '../../worlds/demo.yaml');
    const first = start(['seed', '--data-dir', dir, '--world', world]);
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/rows added/);
    const second = start(['seed', '--data-dir', dir, '--world', world]);
    expect(await second.exited).toBe(0);
    expect(second.output()).toMatch(/0 rows added, 0 changed/);
  });

  it('migrate brings a new database up to date, then has nothing to do', async () => {
    // A --data-dir that does not exist yet is created.
    const dir = join(tempDir(), 'new', 'data');
    const first = start(['migrate', '--data-dir', dir]);
    expect(await first.exited).toBe(0);
    expect(first.output()).toMatch(/applied 001_foundation/);
    const again = start(['migrate', '--data-dir', dir]);
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/up to date/);
  });
});
