// `npm start` and `npx vpp` run one bundle of vpp and its dependencies (bin/build.js), not
// the sources the other tests run: the bundle must serve every surface the same way.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runVpp, tempDir, type VppProcess } from '../support/spawn.js';
import { DEMO } from '../support/demo.js';

const ROOT = join(import.meta.dirname, '..', '..');
let running: VppProcess[] = [];
afterEach(() => {
  for (const p of running) if (p.proc.exitCode === null) p.proc.kill('SIGKILL');
  running = [];
});

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'build.js')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr + r.stdout).toBe(0);
}, 180_000);

describe('the built bundle (bin/vpp.js)', () => {
  it('starts with the demo world and serves the APIs, the pages, the OpenAPI document and the payer app', async () => {
    const dir = tempDir();
    const summaryFile = join(dir, 'summary.json');
    const vpp = runVpp(['start', '--data-dir', dir, '--port', '0', '--summary-file', summaryFile], {}, { built: true });
    running.push(vpp);
    await vpp.listening();
    expect(vpp.output()).not.toContain('building');
    const { baseUrl } = JSON.parse(readFileSync(summaryFile, 'utf8')) as { baseUrl: string };
    const keys = DEMO.partnerKeys;

    expect((await fetch(`${baseUrl}/health`)).status).toBe(200);
    const tokenRes = await fetch(`${baseUrl}/accesstoken/get`, {
      method: 'POST',
      headers: { client_id: keys.clientId, client_secret: keys.clientSecret, 'ocp-apim-subscription-key': keys.subscriptionKey },
    });
    expect(tokenRes.status).toBe(200);
    const { access_token: token } = (await tokenRes.json()) as { access_token: string };
    const headers = { authorization: `Bearer ${token}`, 'ocp-apim-subscription-key': keys.subscriptionKey, 'merchant-serial-number': DEMO.units.partnerNett };

    const unit = await fetch(`${baseUrl}/management/v1/sales-units/${DEMO.units.partnerNett}`, { headers });
    expect(unit.status).toBe(200);
    expect(((await unit.json()) as { msn: string }).msn).toBe(DEMO.units.partnerNett);

    const reference = `bundle-${randomUUID()}`;
    const created = await fetch(`${baseUrl}/epayment/v1/payments`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      body: JSON.stringify({ amount: { currency: 'NOK', value: 1000 }, paymentMethod: { type: 'WALLET' }, reference, userFlow: 'WEB_REDIRECT', returnUrl: 'https://shop.example/back' }),
    });
    expect(created.status).toBe(201);
    const { redirectUrl } = (await created.json()) as { redirectUrl: string };
    const got = await fetch(`${baseUrl}/epayment/v1/payments/${reference}`, { headers });
    expect(((await got.json()) as { state: string }).state).toBe('CREATED');
    // A request the schema refuses gets the documented problem body.
    const bad = await fetch(`${baseUrl}/epayment/v1/payments`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: '{}' });
    expect(bad.status).toBe(400);

    // The payer's landing page (its QR code) and pages with the shared style sheet.
    const landing = await fetch(redirectUrl.replace(/^https?:\/\/[^/]+/, baseUrl));
    expect(landing.status).toBe(200);
    for (const path of ['/portal', '/backoffice', '/docs', '/']) {
      const page = await fetch(`${baseUrl}${path}`, { redirect: 'follow' });
      expect(page.status, path).toBe(200);
      expect(page.headers.get('content-type'), path).toContain('text/html');
    }
    // The browser libraries the inspector and /docs/api load come from the installed packages.
    for (const file of ['chart.umd.min.js', 'swagger-ui-bundle.js', 'swagger-ui.css']) {
      expect((await fetch(`${baseUrl}/assets/vendor/${file}`)).status, file).toBe(200);
    }
    const qrPng = await fetch(`${baseUrl}/app/qr/${new URL(redirectUrl).searchParams.get('token')}.png`);
    expect(qrPng.status).toBe(200);
    expect(qrPng.headers.get('content-type')).toBe('image/png');
    const openapi = await fetch(`${baseUrl}/openapi.json`);
    expect(((await openapi.json()) as { paths: Record<string, unknown> }).paths).toHaveProperty('/epayment/v1/payments');

    vpp.proc.kill('SIGTERM');
    expect(await vpp.exited).toBe(0);
    // qr-image (loaded from node_modules, not bundled) draws without Node's Buffer() warning.
    expect(vpp.output()).not.toContain('DeprecationWarning');
  }, 60_000);

  it('prints its help without a deprecation warning', async () => {
    const help = runVpp(['--help'], {}, { built: true });
    expect(await help.exited).toBe(0);
    expect(help.output()).toContain('Usage: vpp');
    expect(help.output()).not.toContain('DeprecationWarning');
  });

  it('checks a world file it is given, and says what is wrong with it', async () => {
    const dir = tempDir();
    const world = join(dir, 'world.yaml');
    writeFileSync(world, 'salesUnits:\n  - msn: "12"\n    name: Bad\n');
    const vpp = runVpp(['start', '--data-dir', dir, '--port', '0', '--world', world], {}, { built: true });
    running.push(vpp);
    expect(await vpp.exited).toBe(1);
    expect(vpp.output()).toMatch(/world file .*world\.yaml has \d+ problems?: /);
  }, 60_000);
});
