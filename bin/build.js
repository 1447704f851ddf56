// Builds vpp: TypeScript to dist/, then one bundle of vpp and its dependencies,
// dist/bundle/cli.js, which `vpp` runs. Loading ~2,000 module files took most of a start
// (0.9–1.2 s of 1.3–1.7 s here); from the bundle a start took a median 0.7 s. Native and
// lazily loaded packages stay outside it. The bundle sits two folders below the root, as
// deep as the modules that resolve files from import.meta.url, so those paths stay right.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function build() {
  const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (r.status !== 0) return false;
  const { build: bundle } = await import('esbuild');
  await bundle({
    entryPoints: [join(root, 'dist', 'cli.js')],
    outfile: join(root, 'dist', 'bundle', 'cli.js'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // better-sqlite3 is native; pg, nodemailer and undici are loaded when first needed
    // (PostgreSQL, SMTP, webhook deliveries), so they stay out of every start. qr-image calls
    // the deprecated `new Buffer()` as it loads: Node warns about that only for code outside
    // node_modules, so bundled it printed a DEP0005 warning at every start (even --help).
    external: ['better-sqlite3', 'pg', 'nodemailer', 'undici', 'qr-image'],
    // CommonJS packages inside an ES module bundle still call require().
    banner: { js: "import { createRequire as __vppCreateRequire } from 'node:module'; const require = __vppCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await build())) process.exit(1);
}
