#!/usr/bin/env -S node --max-old-space-size=1024 --max-semi-space-size=8
// Node's heap flags in the first line keep vpp's memory small and steady. With its default
// limit (about 4 GB on a 24 GB machine) V8 lets the old generation grow to as much as 4×
// what survived the last full collection before collecting again; under the benchmark's
// writes that was 67–132 MB for a live heap of 34 MB, and peak RSS swung between 215 and
// 298 MB from run to run. With a 1 GB limit V8 grows it by about 1.6× at most; a 16 MB
// young generation (instead of 32) saves 16 MB more. vpp keeps its data in the database,
// so its heap stays far below the limit. `npm start` and `npx vpp` run this file through
// this line; the benchmark reads the flags from it.
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
