#!/usr/bin/env node
// Runs the built vpp (one bundle, see build.js), building it first when the sources are
// newer than the build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from './build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'bundle', 'cli.js');

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
  if (!(await build())) {
    process.stderr.write('vpp: the build failed; see the errors above\n');
    process.exit(1);
  }
}

await import(pathToFileURL(entry).href);
