#!/usr/bin/env -S node --max-semi-space-size=8
// The flag above halves V8's young generation (16 MB instead of 32). Measured under the
// benchmark's write load (`npm run bench -- --only create,capture`): peak RSS 191–205 MB
// with it, 215–249 MB without, the old generation at most 53 MB against 67–132; CPU per
// request the same within the noise. `npm start` and `npx vpp` run this file through this
// line; the benchmark reads the flags from it.
// Runs the compiled vpp, compiling it first when the sources are newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestSource(p) : statSync(p).mtimeMs);
  }
  return newest;
}

if (!existsSync(entry) || newestSource(join(root, 'src')) > statSync(entry).mtimeMs) {
  process.stderr.write('vpp: building (sources changed since the last build)…\n');
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write('vpp: the build failed; see the errors above\n');
    process.exit(1);
  }
}

await import(pathToFileURL(entry).href);
