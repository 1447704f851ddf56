// `npm pack` makes a package that starts in an empty folder: packed (prepack builds the
// bundle, so an installed package needs neither TypeScript's types nor a build), unpacked
// there and run as `vpp start --in-memory`. Its dependencies are the
// ones this checkout installed from the lock file: installing them again from the registry
// took over ten minutes on this machine, too slow for the suite.
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/spawn.js';

const ROOT = join(import.meta.dirname, '..', '..');

describe('npm pack', () => {
  const children: ReturnType<typeof spawn>[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('packs a package that starts with `vpp start --in-memory` in an empty folder and answers /health', async () => {
    const dir = tempDir('vpp-pack-');
    // Not spawnSync: packing builds for a minute or more, and the test worker must keep answering.
    const pack = await promisify(execFile)('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const [{ filename, files }] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('bin/vpp.js');
    expect(paths).toContain('dist/bundle/cli.js');
    expect(paths).toContain('worlds/demo.yaml');
    expect(paths).toContain('src/web/style.css');
    expect(paths.filter((p) => p.startsWith('test/') || p.startsWith('bench/'))).toEqual([]);

    const app = join(dir, 'app');
    expect(spawnSync('mkdir', ['-p', join(app, 'node_modules')]).status).toBe(0);
    expect(spawnSync('tar', ['xzf', join(dir, filename), '-C', join(app, 'node_modules')]).status).toBe(0);
    const pkg = join(app, 'node_modules', 'vpp');
    expect(spawnSync('mv', [join(app, 'node_modules', 'package'), pkg]).status).toBe(0);
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));

    const summary = join(app, 'summary.json');
    const child = spawn(process.execPath, [join(pkg, 'bin', 'vpp.js'), 'start', '--in-memory', '--port', '0', '--summary-file', summary], {
      cwd: app,
      env: { ...process.env, DATABASE_URL: undefined, PORT: undefined, HOST: undefined } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d) => (out += String(d)));
    child.stderr!.on('data', (d) => (out += String(d)));
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (existsSync(summary) && out.includes('vpp is listening on')) return resolve();
        if (child.exitCode !== null) return reject(new Error(`vpp exited with ${child.exitCode}: ${out}`));
        setTimeout(check, 100);
      };
      check();
    });
    const { baseUrl } = JSON.parse(readFileSync(summary, 'utf8')) as { baseUrl: string };
    expect(out).not.toContain('building');
    const health = await fetch(`${baseUrl}/health`);
    expect(health.status).toBe(200);
    expect((await fetch(`${baseUrl}/assets/vendor/chart.umd.min.js`)).status).toBe(200);
    expect(existsSync(join(app, 'data'))).toBe(false); // in memory: nothing written where it ran
    child.kill('SIGTERM');
  }, 300_000);
});
